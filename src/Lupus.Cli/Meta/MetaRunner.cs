using System.Text;
using Lupus.Reports.Input;
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

        var groups = Groups(table, settings.By);
        var json = !settings.Text;
        var reports = new MetaReport[groups.Count];
        var serialized = json ? new byte[groups.Count][] : null;
        var errors = new Exception?[groups.Count];
        // Groups are independent: they are analysed (and serialised) in parallel, then written in input order. An error
        // in any group is raised, for the first such group, before anything is written, as in a sequential run.
        Parallel.For(0, groups.Count, i =>
        {
            try
            {
                reports[i] = MetaAnalyzer.Analyze(table, settings, groups[i].Rows, groups[i].Key);
                if (serialized is not null)
                {
                    serialized[i] = MetaJsonChunks.Serialize(reports[i]);
                }
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        WriteOutput(settings, reports, serialized, console);
        foreach (var report in reports)
        {
            WritePlots(settings, report, reports.Length > 1);
        }

        return reports.All(r => r.Converged) ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Row indices per --by value in order of first appearance, or all rows as one unnamed group.</summary>
    private static List<(string? Key, int[] Rows)> Groups(CsvTable table, string? by)
    {
        if (by is null)
        {
            var all = new int[table.RowCount];
            for (var r = 0; r < all.Length; r++)
            {
                all[r] = r;
            }

            return [(null, all)];
        }

        var c = table.Column(by);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<List<int>>();
        for (var r = 0; r < table.RowCount; r++)
        {
            var key = table.Text(r, c);
            if (!index.TryGetValue(key, out var g))
            {
                index[key] = g = rows.Count;
                rows.Add([]);
            }

            rows[g].Add(r);
        }

        var groups = new List<(string? Key, int[] Rows)>(rows.Count);
        foreach (var (key, g) in index)
        {
            groups.Add((key, rows[g].ToArray()));
        }

        return groups;
    }

    private static void WriteOutput(MetaSettings settings, MetaReport[] reports, byte[][]? serialized, TextWriter console)
    {
        // Streams straight to the file or console: a batch of thousands of fits never sits in memory as one string.
        using var file = settings.Output is { } path ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16) : null;
        using var stream = file ?? (Stream)new TextWriterStream(console);
        if (serialized is null)
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            foreach (var report in reports)
            {
                MetaTextWriter.Write(text, report);
            }
        }
        else
        {
            MetaJsonChunks.WriteAll(stream, serialized, asArray: settings.By is not null);
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
