using System.Text;
using Lupus.Reports.Evidence;
using Lupus.Cli.Common;

namespace Lupus.Cli.Evidence;

/// <summary>Reads the evidence files, runs the synthesis, prints the summary and writes plots, HTML and JSON to --out.</summary>
internal static class EvidenceRunner
{
    public static int Run(EvidenceSettings s, TextWriter console)
    {
        var result = new EvidenceFiles(s.Input, s.Overlap, s.Published).Synthesise(s.Options);
        // Everything is rendered before anything is written, so a failure leaves no half-written output.
        var json = EvidenceJsonWriter.Serialize(result);
        var html = s.Out is null ? null : EvidenceHtml.Render(result);
        if (s.Json)
        {
            using var stream = new TextWriterStream(console);
            stream.Write(json);
            stream.WriteByte((byte)'\n');
            stream.Flush();
        }
        else
        {
            EvidenceTextWriter.Write(console, result);
        }

        if (s.Out is { } dir)
        {
            EvidencePlots.Save(result, dir, s.PlotExtension);
            File.WriteAllText(Path.Combine(dir, "evidence.html"), html, new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(dir, "evidence.json"), [.. json, (byte)'\n']);
        }

        console.Flush();
        return result.Analyses.SelectMany(a => a.Fits).All(f => f.Fit.Tau2.Converged) ? ExitCodes.Success : ExitCodes.Failure;
    }
}
