using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Renal;

/// <summary>A renal response classification with the quantities it rests on.</summary>
public sealed record RenalResponseResult : InstrumentResult
{
    public RenalResponseResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>The response; null when a value the definition needs is missing (not assessable).</summary>
    public RenalResponseCategory? Response { get; init; }

    /// <summary>The definition's kidney-function criterion; null when its eGFR values are missing.</summary>
    public bool? GfrCriterionMet { get; init; }

    /// <summary>Proteinuria reduction in percent, rounded half away from zero to one decimal for display; null if baseline is 0.</summary>
    public decimal? ProteinuriaReductionPercent { get; init; }

    /// <summary>Echo of the input.</summary>
    public decimal? MonthsFromTreatmentStart { get; init; }

    /// <summary>The definition as given in the input.</summary>
    public string? Definition { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "response", "gfr_criterion_met", "proteinuria_reduction_percent", "months_from_treatment_start", "definition", "missing"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Text("response", Response switch
        {
            RenalResponseCategory.Complete => "complete",
            RenalResponseCategory.Partial => "partial",
            RenalResponseCategory.None => "none",
            _ => null,
        });
        writer.Bool("gfr_criterion_met", GfrCriterionMet);
        writer.Number("proteinuria_reduction_percent", ProteinuriaReductionPercent);
        writer.Number("months_from_treatment_start", MonthsFromTreatmentStart);
        writer.Text("definition", Definition);
        writer.TextSet("missing", Missing);
    }
}
