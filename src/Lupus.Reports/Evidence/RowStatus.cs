namespace Lupus.Reports.Evidence;

/// <summary>What the synthesis did with an input row.</summary>
public enum RowStatus
{
    /// <summary>Pooled in an analysis.</summary>
    Pooled,

    /// <summary>In scope, but its data cannot be pooled (medians, missing n, SD, baseline or denominator, too few studies).</summary>
    NotPooled,

    /// <summary>Its cohort overlaps a study already pooled in the same analysis.</summary>
    ExcludedOverlap,

    /// <summary>A control arm: no MSC given.</summary>
    ExcludedControlArm,

    /// <summary>Another row of the same study represents it in the analysis.</summary>
    Superseded,

    /// <summary>Its outcome is not one the synthesis pools.</summary>
    NotSynthesised,
}
