namespace Lupus.Reports.Evidence;

/// <summary>An analysis that could not be pooled, with the number of usable non-overlapping studies and why.</summary>
public sealed record SkippedAnalysis(EvidenceAnalysis Analysis, int Studies, string Reason);
