namespace Lupus.Domain.Instruments.Bilag;

/// <summary>Input of <c>bilag2004_domain</c>: the coded items (and haematological values) of one non-renal domain.</summary>
public sealed record BilagDomainInput
{
    /// <summary>The domain graded; null when not given (an input error).</summary>
    public BilagDomain? Domain { get; init; }

    /// <summary>Codes of the items recorded (0-4), by item key; items not done are simply absent.</summary>
    public IReadOnlyDictionary<string, int> Items { get; init; } = new Dictionary<string, int>();

    /// <summary>Haematological value items; all null for other domains.</summary>
    public HaematologyValues Haematology { get; init; } = new();

    /// <summary>Whether the domain was involved at any earlier assessment (D versus E); null when unknown.</summary>
    public bool? PreviousInvolvement { get; init; }
}
