using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>A 2019 EULAR/ACR classification: entry criterion, domain scores, total and classification.</summary>
public sealed record EularAcrResult : InstrumentResult
{
    public EularAcrResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    public bool EntryCriterionMet { get; init; }

    /// <summary>Sum of the domain scores (0-51), null without the entry criterion.</summary>
    public int? TotalScore { get; init; }

    /// <summary>Highest weight met in each domain (0 if none).</summary>
    public required DomainScores DomainScores { get; init; }

    /// <summary>At least one criterion of a clinical domain is met.</summary>
    public bool HasClinicalCriterion { get; init; }

    /// <summary>Entry criterion, at least one clinical criterion and a total of at least 10.</summary>
    public bool ClassifiedSle { get; init; }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
    [
        "valid", "entry_criterion_met", "total_score",
        .. DomainScores.ScalarKeys(EularAcrCriteria.Domains.Select(d => d.Key)),
        "has_clinical_criterion", "classified_sle",
    ];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("entry_criterion_met", EntryCriterionMet);
        writer.WholeNumber("total_score", TotalScore);
        DomainScores.Write(writer);
        writer.Bool("has_clinical_criterion", HasClinicalCriterion);
        writer.Bool("classified_sle", ClassifiedSle);
    }
}
