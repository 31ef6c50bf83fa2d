using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>Settings of an evidence synthesis.</summary>
public sealed record EvidenceOptions
{
    /// <summary>Assumed pre-post correlation for MC and SMCR; <value>0.5 by default.</value></summary>
    public double Correlation { get; init; } = 0.5;

    /// <summary>Correlations of the sensitivity analysis; <value>0.2, 0.3, …, 0.8 by default.</value></summary>
    public IReadOnlyList<double> SensitivityCorrelations { get; init; } = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    /// <summary>Model settings of every fit; <value>REML, z test, 95 % (metafor's defaults).</value></summary>
    public MetaOptions Meta { get; init; } = MetaOptions.Default;

    /// <summary>Fewest non-overlapping studies an analysis needs to be pooled; <value>2.</value></summary>
    public int MinStudies { get; init; } = 2;

    /// <summary>Declared cohort overlaps (<c>data/msc-sle-overlap.csv</c>); none by default.</summary>
    public IReadOnlyList<CohortOverlap> Overlaps { get; init; } = [];

    /// <summary>Published pooled figures shown for reference (<c>data/msc-sle-published.csv</c>); none by default.</summary>
    public IReadOnlyList<PublishedFigure> Published { get; init; } = [];

    /// <summary>The analyses to run; <value><see cref="EvidenceAnalyses.Default"/>.</value></summary>
    public IReadOnlyList<EvidenceAnalysis> Analyses { get; init; } = EvidenceAnalyses.Default;
}
