namespace Lupus.Reports.Evidence;

/// <summary>The whole synthesis: pooled analyses, analyses that could not be pooled, the fate of every input row, and the
/// published reference figures (shown beside, never recomputed).</summary>
public sealed record EvidenceResult(
    IReadOnlyList<PooledAnalysis> Analyses,
    IReadOnlyList<SkippedAnalysis> Skipped,
    IReadOnlyList<RowDisposition> Rows,
    IReadOnlyList<PublishedFigure> Published,
    EvidenceOptions Options);
