using System.Globalization;
using Lupus.Reports.Input;

namespace Lupus.Reports.Evidence;

/// <summary>Reads the three evidence files (studies, declared overlaps, published figures) with located errors.</summary>
/// <remarks>One reader for <c>lupus evidence</c>, <c>lupus report</c> and the web report; errors are <see cref="InputFileException"/>.</remarks>
public static class EvidenceInputReader
{
    private static readonly string[] StudyColumns =
    [
        "study_id", "citation", "design", "outcome", "unit", "timepoint_months", "n", "pre_mean", "pre_sd", "post_mean", "post_sd",
        "arm", "events", "total", "source_note",
    ];

    private static readonly string[] PublishedColumns =
    [
        "source_id", "citation", "comparison", "outcome", "timepoint_months", "studies", "patients", "model", "estimate", "ci_lower",
        "ci_upper", "p", "heterogeneity_p", "measure", "source",
    ];

    /// <summary>The bundled copy of a data file, shipped beside the executable in <c>data/</c>.</summary>
    public static string Bundled(string file) => Path.Combine(BundledFolder, file);

    /// <summary>The <c>data/</c> folder beside the executable.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Reads <c>msc-sle-studies.csv</c>-shaped rows.</summary>
    public static List<EvidenceRow> Studies(string path)
    {
        var t = CsvTable.Load(path);
        int[] c = [.. StudyColumns.Select(t.Column)];
        var rows = new List<EvidenceRow>(t.RowCount);
        for (var r = 0; r < t.RowCount; r++)
        {
            double? Count(int column) => t.OptionalNumber(r, column) is { } v && (v < 0 || v != Math.Floor(v)) ? throw t.Error(r, column, "must be a whole number ≥ 0") : t.OptionalNumber(r, column);
            double? NonNegative(int column) => t.OptionalNumber(r, column) is < 0 ? throw t.Error(r, column, "an SD must not be negative") : t.OptionalNumber(r, column);
            if (t.IsEmpty(r, c[0]))
            {
                throw t.Error(r, c[0], "study_id is missing");
            }

            if (t.IsEmpty(r, c[3]))
            {
                throw t.Error(r, c[3], "outcome is missing");
            }

            var row = new EvidenceRow(
                int.Parse(t.Line(r), CultureInfo.InvariantCulture), t.Text(r, c[0]), t.Text(r, c[1]), t.Text(r, c[2]), t.Text(r, c[3]), t.Text(r, c[4]),
                t.Number(r, c[5]), Count(c[6]), t.OptionalNumber(r, c[7]), NonNegative(c[8]), t.OptionalNumber(r, c[9]), NonNegative(c[10]),
                t.Text(r, c[11]), Count(c[12]), Count(c[13]), t.Text(r, c[14]));
            if (row.Events is { } e && row.Total is { } total && e > total)
            {
                throw t.Error(r, c[12], $"events ({e}) exceed total ({total})");
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Reads <c>msc-sle-overlap.csv</c>-shaped declarations.</summary>
    public static List<CohortOverlap> Overlaps(string path)
    {
        var t = CsvTable.Load(path);
        int[] c = [t.Column("study_id"), t.Column("programme"), t.Column("overlaps"), t.Column("basis")];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<CohortOverlap>(t.RowCount);
        for (var r = 0; r < t.RowCount; r++)
        {
            var id = t.Text(r, c[0]);
            if (id.Length == 0 || !seen.Add(id))
            {
                throw t.Error(r, c[0], id.Length == 0 ? "study_id is missing" : $"study '{id}' is declared twice");
            }

            if (t.IsEmpty(r, c[1]))
            {
                throw t.Error(r, c[1], "programme is missing");
            }

            var overlaps = t.Text(r, c[2]);
            var named = overlaps == "*" ? [] : overlaps.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            list.Add(new CohortOverlap(id, t.Text(r, c[1]), overlaps == "*", named, t.Text(r, c[3])));
        }

        return list;
    }

    /// <summary>Reads <c>msc-sle-published.csv</c>-shaped reference figures.</summary>
    public static List<PublishedFigure> Published(string path)
    {
        var t = CsvTable.Load(path);
        int[] c = [.. PublishedColumns.Select(t.Column)];
        var list = new List<PublishedFigure>(t.RowCount);
        for (var r = 0; r < t.RowCount; r++)
        {
            int? Whole(int column) => t.OptionalNumber(r, column) is { } v ? (v >= 0 && v == Math.Floor(v) ? (int)v : throw t.Error(r, column, "must be a whole number ≥ 0")) : null;
            list.Add(new PublishedFigure(
                t.Text(r, c[0]), t.Text(r, c[1]), t.Text(r, c[2]), t.Text(r, c[3]), t.OptionalNumber(r, c[4]), Whole(c[5]), Whole(c[6]),
                t.Text(r, c[7]), t.OptionalNumber(r, c[8]), t.OptionalNumber(r, c[9]), t.OptionalNumber(r, c[10]), t.Text(r, c[11]),
                t.Text(r, c[12]), t.Text(r, c[13]), t.Text(r, c[14])));
        }

        return list;
    }
}
