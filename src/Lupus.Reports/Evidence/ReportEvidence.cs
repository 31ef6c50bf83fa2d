using System.Net;
using Lupus.Reports.Input;
using Lupus.Trials.Reporting;

namespace Lupus.Reports.Evidence;

/// <summary>The evidence synthesis of the published studies, with default settings, as a trial report section.</summary>
/// <remarks>Shared by <c>lupus report</c> and the web report, so both attach the same section.</remarks>
public static class ReportEvidence
{
    /// <summary>The section from the files in <paramref name="dataFolder"/>.</summary>
    /// <param name="dataFolder">Folder holding <see cref="EvidenceFiles.StudiesFile"/> and the two other files.</param>
    /// <param name="failOnBadInput">True (CLI): a missing or malformed file throws. False (web): the section is a note saying why it is missing.</param>
    /// <exception cref="InputFileException">A file is missing or malformed and <paramref name="failOnBadInput"/> is true.</exception>
    public static EvidenceSection Create(string dataFolder, bool failOnBadInput)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        var files = EvidenceFiles.In(dataFolder);
        if (!failOnBadInput && files.Missing() is { Count: > 0 } missing)
        {
            return Note($"The evidence synthesis is not included: data file(s) not found: {string.Join(", ", missing)}.");
        }

        EvidenceResult result;
        try
        {
            result = files.Synthesise(new EvidenceOptions());
        }
        catch (InputFileException e) when (!failOnBadInput)
        {
            return Note($"The evidence synthesis is not included: {e.Message}");
        }

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

    private static EvidenceSection Note(string note) =>
        new($"<p class=\"note\">{WebUtility.HtmlEncode(note)}</p>", new Dictionary<string, double>()) { Note = note };
}
