using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>SRI-4 (or SRI-5 to SRI-8) response with its components; null where a component was not assessable.</summary>
public sealed record Sri4Result : InstrumentResult
{
    public Sri4Result(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
    [
        "valid", "responder", "sledai_reduction_met", "no_bilag_worsening", "no_pga_worsening", "new_bilag_a_count",
        "new_bilag_b_count", "sledai_reduction_points", "sledai_version",
    ];

    public bool? Responder { get; init; }

    public bool? SledaiReductionMet { get; init; }

    public bool? NoBilagWorsening { get; init; }

    public bool? NoPgaWorsening { get; init; }

    public int? NewBilagACount { get; init; }

    public int? NewBilagBCount { get; init; }

    public int SledaiReductionPoints { get; init; }

    public string? SledaiVersion { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("responder", Responder);
        writer.Bool("sledai_reduction_met", SledaiReductionMet);
        writer.Bool("no_bilag_worsening", NoBilagWorsening);
        writer.Bool("no_pga_worsening", NoPgaWorsening);
        writer.WholeNumber("new_bilag_a_count", NewBilagACount);
        writer.WholeNumber("new_bilag_b_count", NewBilagBCount);
        writer.WholeNumber("sledai_reduction_points", SledaiReductionPoints);
        writer.Text("sledai_version", SledaiVersion);
    }
}
