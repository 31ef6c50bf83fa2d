using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>Provisional MSC-trial response category of one visit, with the pieces behind it.</summary>
public sealed record MscResponseResult : InstrumentResult
{
    public MscResponseResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "provisional", "response", "mcr", "pcr", "relapse", "baseline_active", "new_bilag_a_count", "new_bilag_b_count"];

    /// <summary><c>mcr</c>, <c>pcr</c>, <c>relapse</c> or <c>no_response</c>; null when a needed grade is missing.</summary>
    public string? Response { get; init; }

    public bool? Mcr { get; init; }

    public bool? Pcr { get; init; }

    /// <summary>False without an earlier response; null when the comparison with the response visit is not possible.</summary>
    public bool? Relapse { get; init; }

    /// <summary>Baseline had enough A or B domains for a partial response to be an improvement.</summary>
    public bool? BaselineActive { get; init; }

    /// <summary>New A domains compared with the response visit; null without an earlier response.</summary>
    public int? NewBilagACount { get; init; }

    /// <summary>New B domains compared with the response visit; null without an earlier response.</summary>
    public int? NewBilagBCount { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("provisional", true);
        writer.Text("response", Response);
        writer.Bool("mcr", Mcr);
        writer.Bool("pcr", Pcr);
        writer.Bool("relapse", Relapse);
        writer.Bool("baseline_active", BaselineActive);
        writer.WholeNumber("new_bilag_a_count", NewBilagACount);
        writer.WholeNumber("new_bilag_b_count", NewBilagBCount);
    }
}
