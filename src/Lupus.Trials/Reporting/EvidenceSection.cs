namespace Lupus.Trials.Reporting;

/// <summary>Place for the evidence synthesis (pooled published studies); filled by the evidence component.</summary>
public sealed record EvidenceSection(string Html, IReadOnlyDictionary<string, double> Figures);
