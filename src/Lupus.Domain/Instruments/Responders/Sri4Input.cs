namespace Lupus.Domain.Instruments.Responders;

/// <summary>Input of <c>sri4</c> (specification 5.2).</summary>
public sealed record Sri4Input
{
    public VisitComparison Visits { get; init; } = new();

    /// <summary>SLEDAI points the total must fall by: 4 for SRI-4, 5-8 for SRI-5 to SRI-8.</summary>
    public int SledaiReductionPoints { get; init; } = Sri4.DefaultReductionPoints;

    /// <summary>Which SLEDAI the totals are (informational; SELENA-SLEDAI in the original definition).</summary>
    public string? SledaiVersion { get; init; }
}
