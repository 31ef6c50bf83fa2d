using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The BILAG-2004 renal grade with the criteria behind it.</summary>
public sealed record BilagRenalResult : InstrumentResult
{
    public BilagRenalResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "grade", "a_criteria_met", "criteria_met"];

    /// <summary>A-E, or null when no renal value was recorded (or D/E cannot be told apart).</summary>
    public BilagGrade? Grade { get; init; }

    /// <summary>Category A criteria met (<c>"A1"</c>-<c>"A6"</c>), always computed.</summary>
    public required IReadOnlyList<string> ACriteriaMet { get; init; }

    /// <summary>Every criterion met, A1 to C2.</summary>
    public required IReadOnlyList<string> CriteriaMet { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Text("grade", Grade is { } g ? BilagGrades.Letter(g) : null);
        writer.TextSet("a_criteria_met", ACriteriaMet);
        writer.TextSet("criteria_met", CriteriaMet);
    }
}
