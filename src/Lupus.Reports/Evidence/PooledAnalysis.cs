namespace Lupus.Reports.Evidence;

/// <summary>An analysis that was pooled: its rows (file order), one fit per measure, and the correlation sensitivity (pre/post only).</summary>
public sealed record PooledAnalysis(EvidenceAnalysis Analysis, IReadOnlyList<EvidenceRow> Rows, IReadOnlyList<AnalysisFit> Fits, IReadOnlyList<SensitivityPoint> Sensitivity);
