namespace Lupus.Reports.Evidence;

/// <summary>The fate of one input row, with the analysis it belongs to (if any) and the reason in words.</summary>
public sealed record RowDisposition(EvidenceRow Row, RowStatus Status, string? Analysis, string Reason);
