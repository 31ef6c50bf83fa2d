namespace Lupus.Reports.Evidence;

/// <summary>Pre/post mean change of a continuous outcome, or a single-group proportion.</summary>
public enum AnalysisKind
{
    /// <summary>MC and SMCR with an assumed pre-post correlation.</summary>
    PrePost,

    /// <summary>PLO and PFT, back-transformed to a proportion.</summary>
    Proportion,
}
