using Lupus.Reports.Evidence;

namespace Lupus.Cli.Evidence;

/// <summary>Parsed options of <c>lupus evidence</c>.</summary>
internal sealed record EvidenceSettings(string Input, string Overlap, string Published, EvidenceOptions Options, string? Out, bool Json, string PlotExtension);
