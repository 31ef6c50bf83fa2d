namespace Lupus.Domain.Instruments.Renal;

/// <summary>Response criteria of EULAR/ERA-EDTA 2019 and KDIGO 2021 (specification 4.2-4.3); thresholds written in g/g.</summary>
public static class RenalResponseRules
{
    /// <summary>Default normal eGFR reference, mL/min/1.73 m2 (EULAR).</summary>
    public const decimal DefaultEgfrNormalReference = 90m;

    /// <summary>"(Near-)normal GFR" read as at least 90% of the normal reference (EULAR).</summary>
    public const decimal NearNormalFraction = 0.90m;

    /// <summary>Default allowed eGFR fall, fraction of baseline (KDIGO); the guideline allows 0.10-0.15.</summary>
    public const decimal DefaultEgfrTolerance = 0.15m;

    /// <summary>Default complete-response threshold (EULAR allows 0.5-0.7; KDIGO fixes 0.5), g/g.</summary>
    public const decimal DefaultCompleteThresholdG = 0.5m;

    /// <summary>Default subnephrotic threshold for EULAR partial response, g/g.</summary>
    public const decimal DefaultSubnephroticThresholdG = 3.5m;

    /// <summary>KDIGO partial response needs follow-up UPCR below this, g/g.</summary>
    public const decimal KdigoPartialThresholdG = 3.0m;

    /// <summary>EULAR: follow-up eGFR at least 90% of the normal reference; null when follow-up eGFR is missing.</summary>
    public static bool? EularGfrCriterion(decimal? followupEgfr, decimal normalReference) =>
        followupEgfr is { } f ? f >= NearNormalFraction * normalReference : null;

    /// <summary>KDIGO: follow-up eGFR at least (1 - tolerance) x baseline (a rise always passes); null when either is missing.</summary>
    public static bool? KdigoGfrCriterion(decimal? baselineEgfr, decimal? followupEgfr, decimal tolerance) =>
        baselineEgfr is { } b && followupEgfr is { } f ? f >= (1m - tolerance) * b : null;

    /// <summary>The definition's GFR criterion (KDIGO against baseline, EULAR against the normal reference); null when a needed eGFR is missing.</summary>
    /// <remarks>A null tolerance or reference takes the default.</remarks>
    public static bool? GfrCriterion(RenalDefinition definition, decimal? baselineEgfr, decimal? followupEgfr, decimal? tolerance, decimal? normalReference) =>
        definition == RenalDefinition.Kdigo2021
            ? KdigoGfrCriterion(baselineEgfr, followupEgfr, tolerance ?? DefaultEgfrTolerance)
            : EularGfrCriterion(followupEgfr, normalReference ?? DefaultEgfrNormalReference);

    /// <summary>Thresholds (g/g) below which follow-up proteinuria counts for complete and partial response.</summary>
    public static (decimal CompleteBelow, decimal PartialBelow) Thresholds(RenalDefinition definition, RenalResponseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Thresholds(definition, input.CompleteResponseThresholdG, input.SubnephroticThresholdG);
    }

    /// <summary>Thresholds (g/g) from the EULAR parameters (null takes the default; KDIGO ignores both).</summary>
    public static (decimal CompleteBelow, decimal PartialBelow) Thresholds(RenalDefinition definition, decimal? completeThresholdG, decimal? subnephroticThresholdG) =>
        definition == RenalDefinition.Kdigo2021
            ? (DefaultCompleteThresholdG, KdigoPartialThresholdG)
            : (completeThresholdG ?? DefaultCompleteThresholdG, subnephroticThresholdG ?? DefaultSubnephroticThresholdG);

    /// <summary>Classifies a complete pair without rescue therapy.</summary>
    /// <returns>The category, or null when partial response would be needed but the baseline is 0 (not evaluable).</returns>
    public static RenalResponseCategory? Classify(
        RenalDefinition definition, RenalResponseInput input, decimal baseline, decimal followup, decimal thresholdScale, bool gfrMet) =>
        Classify(Thresholds(definition, input), baseline, followup, thresholdScale, gfrMet);

    /// <summary>
    /// The response from values already read: rescue therapy is non-response; otherwise null when a proteinuria
    /// value or the GFR criterion is missing (not assessable), else the classification of the complete pair.
    /// </summary>
    /// <remarks>The one decision behind <see cref="RenalResponse"/>'s result and its allocation-free typed entry point.</remarks>
    public static RenalResponseCategory? Response(
        (decimal CompleteBelow, decimal PartialBelow) thresholds, decimal? baseline, decimal? followup, decimal thresholdScale, bool? gfrMet, bool rescueTherapy)
    {
        if (rescueTherapy)
        {
            return RenalResponseCategory.None;
        }

        return baseline is { } b && followup is { } f && gfrMet is { } met ? Classify(thresholds, b, f, thresholdScale, met) : null;
    }

    private static RenalResponseCategory? Classify(
        (decimal CompleteBelow, decimal PartialBelow) thresholds, decimal baseline, decimal followup, decimal thresholdScale, bool gfrMet)
    {
        if (!gfrMet)
        {
            return RenalResponseCategory.None;
        }

        if (followup < thresholds.CompleteBelow * thresholdScale)
        {
            return RenalResponseCategory.Complete;
        }

        if (baseline <= 0m)
        {
            return null;
        }

        // Reduction >= 50% is 2 x follow-up <= baseline: exact, with no division.
        var halved = 2m * followup <= baseline;
        return halved && followup < thresholds.PartialBelow * thresholdScale ? RenalResponseCategory.Partial : RenalResponseCategory.None;
    }
}
