using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lupus.Cli.Common;
using Lupus.Reports.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Loads the CSV, runs one analysis (or one per --by group), writes JSON or text and the plots.</summary>
internal static class MetaRunner
{
    public static int Run(MetaSettings settings, TextWriter console)
    {
        var table = CsvTable.Load(settings.Input);
        foreach (var column in new[] { settings.By, settings.Subgroup }.Concat(settings.Mods).OfType<string>())
        {
            table.Column(column);
        }

        var reports = new List<MetaReport>();
        if (settings.By is { } by)
        {
            var c = table.Column(by);
            foreach (var group in Enumerable.Range(0, table.RowCount).GroupBy(r => table.Text(r, c), StringComparer.Ordinal))
            {
                reports.Add(MetaAnalyzer.Analyze(table, settings, group.ToArray(), group.Key));
            }
        }
        else
        {
            reports.Add(MetaAnalyzer.Analyze(table, settings, Enumerable.Range(0, table.RowCount).ToArray(), null));
        }

        WriteOutput(settings, reports, console);
        foreach (var report in reports)
        {
            WritePlots(settings, report, reports.Count > 1);
        }

        return reports.All(r => r.Converged) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteOutput(MetaSettings settings, List<MetaReport> reports, TextWriter console)
    {
        // Streams straight to the file or console: a batch of thousands of fits never sits in memory as one string.
        using var file = settings.Output is { } path ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16) : null;
        using var stream = file ?? (Stream)new TextWriterStream(console);
        if (settings.Text)
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            foreach (var report in reports)
            {
                MetaTextWriter.Write(text, report);
            }
        }
        else
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            if (settings.By is not null)
            {
                json.WriteStartArray();
            }

            foreach (var report in reports)
            {
                MetaJsonWriter.Write(json, report);
            }

            if (settings.By is not null)
            {
                json.WriteEndArray();
            }

            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        stream.Flush();
        console.Flush();
    }

    private static void WritePlots(MetaSettings settings, MetaReport report, bool perGroup)
    {
        if ((report.Fit is null && report.Pooled is null) || (settings.Forest is null && settings.Funnel is null))
        {
            return;
        }

        var data = MetaPlotMapper.Map(report);
        if (settings.Forest is { } forest)
        {
            ForestPlot.Save(data, Suffixed(forest, report.Group, perGroup));
        }

        if (settings.Funnel is { } funnel)
        {
            FunnelPlot.Save(data, Suffixed(funnel, report.Group, perGroup));
        }
    }

    private static string Suffixed(string path, string? group, bool perGroup) =>
        !perGroup || group is null
            ? path
            : Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{group}{Path.GetExtension(path)}");
}
