namespace Lupus.Domain.Instruments.Renal;

/// <summary>Baseline and follow-up proteinuria in one unit; either value may be missing.</summary>
/// <param name="Unit">Unit of both values.</param>
/// <param name="Baseline">Baseline value, or null when not measured.</param>
/// <param name="Followup">Follow-up value, or null when not measured.</param>
public sealed record ProteinuriaPair(ProteinuriaUnit Unit, decimal? Baseline, decimal? Followup)
{
    /// <summary>Factor from a threshold written in g/g to this pair's unit.</summary>
    public decimal ThresholdScale => Scale(Unit);

    /// <summary>Input field names of the pair (baseline, follow-up).</summary>
    public (string Baseline, string Followup) FieldNames => Unit switch
    {
        ProteinuriaUnit.UpcrGramsPerGram => ("baseline_upcr_g_per_g", "followup_upcr_g_per_g"),
        ProteinuriaUnit.UpcrMilligramsPerMillimole => ("baseline_upcr_mg_per_mmol", "followup_upcr_mg_per_mmol"),
        _ => ("baseline_proteinuria_g_per_24h", "followup_proteinuria_g_per_24h"),
    };

    /// <summary>True when at least one of the two values was given.</summary>
    public bool AnyGiven => Baseline is not null || Followup is not null;

    /// <summary>
    /// Proteinuria reduction, (baseline - follow-up) / baseline x 100, unrounded; null when a value is missing or
    /// the baseline is 0 or below.
    /// </summary>
    public decimal? ReductionPercent =>
        Baseline is { } b && Followup is { } f && b > 0m ? (b - f) / b * 100m : null;

    /// <summary>Factor from a threshold written in g/g to <paramref name="unit"/>.</summary>
    public static decimal Scale(ProteinuriaUnit unit) => unit == ProteinuriaUnit.UpcrMilligramsPerMillimole ? 100m : 1m;
}
