using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>A SLICC 2012 classification: criterion counts, classification and the pathway that classified.</summary>
public sealed record SliccResult : InstrumentResult
{
    /// <summary>Pathway value when the count rule is met.</summary>
    public const string CriteriaCountPathway = "criteria_count";

    /// <summary>Pathway value when only the biopsy rule is met.</summary>
    public const string BiopsyNephritisPathway = "biopsy_nephritis";

    public SliccResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    public int ClinicalCount { get; init; }

    public int ImmunologicCount { get; init; }

    public int TotalCount => ClinicalCount + ImmunologicCount;

    public bool ClassifiedSle => Pathway is not null;

    /// <summary><c>criteria_count</c>, else <c>biopsy_nephritis</c>, else null (not classified).</summary>
    public string? Pathway { get; init; }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "clinical_count", "immunologic_count", "total_count", "classified_sle", "pathway"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("clinical_count", ClinicalCount);
        writer.WholeNumber("immunologic_count", ImmunologicCount);
        writer.WholeNumber("total_count", TotalCount);
        writer.Bool("classified_sle", ClassifiedSle);
        writer.Text("pathway", Pathway);
    }
}
