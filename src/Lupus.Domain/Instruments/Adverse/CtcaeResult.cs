using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Adverse;

/// <summary>A CTCAE grade, stored with its term and CTCAE version.</summary>
public sealed record CtcaeResult : InstrumentResult
{
    public CtcaeResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>The term code as given.</summary>
    public required string Term { get; init; }

    /// <summary>Grade 0 (no event) to 5 (death); null when the data or the generic rule cannot decide it.</summary>
    public int? Grade { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The CTCAE version every grade must carry.</summary>
    public static string CtcaeVersion => "5.0";

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "term", "grade", "ctcae_version", "missing"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Text("term", Term);
        writer.WholeNumber("grade", Grade);
        writer.Text("ctcae_version", CtcaeVersion);
        writer.TextSet("missing", Missing);
    }
}
