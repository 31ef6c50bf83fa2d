using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>BICLA response with its components; null where a component was not assessable.</summary>
public sealed record BiclaResult : InstrumentResult
{
    public BiclaResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "applicable", "responder", "baseline_improvement_met", "no_bilag_worsening", "sledai_not_worse", "no_pga_worsening"];

    /// <summary>True when a domain was A or B at baseline; null when the baseline is incomplete and shows neither.</summary>
    public bool? Applicable { get; init; }

    public bool? Responder { get; init; }

    public bool? BaselineImprovementMet { get; init; }

    public bool? NoBilagWorsening { get; init; }

    public bool? SledaiNotWorse { get; init; }

    public bool? NoPgaWorsening { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("applicable", Applicable);
        writer.Bool("responder", Responder);
        writer.Bool("baseline_improvement_met", BaselineImprovementMet);
        writer.Bool("no_bilag_worsening", NoBilagWorsening);
        writer.Bool("sledai_not_worse", SledaiNotWorse);
        writer.Bool("no_pga_worsening", NoPgaWorsening);
    }
}
