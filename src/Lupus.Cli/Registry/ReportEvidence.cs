using Lupus.Cli.Evidence;
using Lupus.Reports.Evidence;
using Lupus.Trials.Reporting;

namespace Lupus.Cli.Registry;

/// <summary>The evidence synthesis of the bundled published studies, with default settings, as a report section.</summary>
internal static class ReportEvidence
{
    public static EvidenceSection Create()
    {
        var result = EvidenceRunner.Synthesise(
            EvidenceInputReader.Bundled("msc-sle-studies.csv"),
            EvidenceInputReader.Bundled("msc-sle-overlap.csv"),
            EvidenceInputReader.Bundled("msc-sle-published.csv"),
            new EvidenceOptions());
        // Pooled estimates on the reporting scale (proportions back-transformed), keyed "analysis/measure".
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var analysis in result.Analyses)
        {
            foreach (var fit in analysis.Fits)
            {
                figures.TryAdd($"{analysis.Analysis.Id}/{fit.Measure}", fit.Proportion?.Estimate ?? fit.Fit.Estimate);
            }
        }

        return new EvidenceSection(EvidenceHtml.Render(result), figures);
    }
}
