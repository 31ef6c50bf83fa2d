using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The BILAG-2004 numerical score and overall grade.</summary>
public sealed record BilagNumericResult : InstrumentResult
{
    public BilagNumericResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "numeric_score", "overall_grade", "count_a", "count_b", "missing_domains"];

    /// <summary>0-108, or null when any domain is not graded.</summary>
    public int? NumericScore { get; init; }

    /// <summary>Worst domain grade; null when a missing domain could be worse than the graded ones.</summary>
    public BilagGrade? OverallGrade { get; init; }

    /// <summary>Domains graded A, null when any domain is not graded.</summary>
    public int? CountA { get; init; }

    /// <summary>Domains graded B, null when any domain is not graded.</summary>
    public int? CountB { get; init; }

    public required IReadOnlyList<string> MissingDomains { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("numeric_score", NumericScore);
        writer.Text("overall_grade", OverallGrade is { } g ? BilagGrades.Letter(g) : null);
        writer.WholeNumber("count_a", CountA);
        writer.WholeNumber("count_b", CountB);
        writer.TextSet("missing_domains", MissingDomains);
    }
}
