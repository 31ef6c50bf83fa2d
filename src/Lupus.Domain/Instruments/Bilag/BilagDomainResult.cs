using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The grade of one non-renal BILAG-2004 domain.</summary>
public sealed record BilagDomainResult : InstrumentResult
{
    public BilagDomainResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "domain", "grade", "items_not_done", "provisional"];

    public required BilagDomain Domain { get; init; }

    /// <summary>A-E, or null when every item was not done (or D/E cannot be told apart).</summary>
    public BilagGrade? Grade { get; init; }

    /// <summary>Items of the domain recorded as not done.</summary>
    public required IReadOnlyList<string> ItemsNotDone { get; init; }

    /// <summary>True for the haematological domain, whose grading is not verified (specification 3.6).</summary>
    public bool Provisional { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Text("domain", BilagGrades.Key(Domain));
        writer.Text("grade", Grade is { } g ? BilagGrades.Letter(g) : null);
        writer.TextSet("items_not_done", ItemsNotDone);
        writer.Bool("provisional", Provisional);
    }
}
