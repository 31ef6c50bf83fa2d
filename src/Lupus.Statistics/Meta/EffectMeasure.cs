namespace Lupus.Statistics.Meta;

/// <summary>Effect-size measures, named as in <c>metafor::escalc</c>.</summary>
public enum EffectMeasure
{
    /// <summary>Raw mean difference of two groups.</summary>
    MD,

    /// <summary>Standardised mean difference (Hedges' g, exact small-sample correction).</summary>
    SMD,

    /// <summary>Log ratio of means.</summary>
    ROM,

    /// <summary>Log risk ratio.</summary>
    RR,

    /// <summary>Log odds ratio.</summary>
    OR,

    /// <summary>Risk difference.</summary>
    RD,

    /// <summary>Raw proportion.</summary>
    PR,

    /// <summary>Logit-transformed proportion.</summary>
    PLO,

    /// <summary>Freeman-Tukey double-arcsine-transformed proportion.</summary>
    PFT,

    /// <summary>Raw mean change (follow-up minus baseline).</summary>
    MC,

    /// <summary>Standardised mean change using raw-score (baseline SD) standardisation.</summary>
    SMCR,

    /// <summary>Generic effect size with a known sampling variance.</summary>
    GEN,
}
