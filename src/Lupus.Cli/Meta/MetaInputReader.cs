using Lupus.Reports.Input;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Turns CSV rows into effect sizes for one measure, with located errors and metafor's handling of missing cells.</summary>
/// <remarks>
/// Columns are named as the <c>metafor::escalc</c> arguments. A row with an empty (or NA) cell among the columns it needs
/// is left out, as <c>rma</c> omits studies with missing values; a cell that is not a number, a negative SD or variance,
/// n ≤ 0 or events &gt; n stops the run with the file, line and column.
/// </remarks>
internal static class MetaInputReader
{
    public static List<MetaStudy> Read(CsvTable table, MetaSettings settings, IEnumerable<int> rows)
    {
        var label = table.HasColumn("study") ? table.Column("study") : -1;
        var read = Reader(table, settings);
        var studies = new List<MetaStudy>();
        foreach (var row in rows)
        {
            var name = label >= 0 && !table.IsEmpty(row, label) ? table.Text(row, label) : "row " + table.Line(row);
            if (read(row) is { } study)
            {
                studies.Add(study with { Label = name });
            }
        }

        return studies;
    }

    private static Func<int, MetaStudy?> Reader(CsvTable table, MetaSettings settings)
    {
        var m = settings.Measure;
        switch (m)
        {
            case EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM:
                var c = Columns(table, "m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i");
                return row => Cells(table, row, c) is { } x
                    ? Study(table, row, () => EffectSizes.TwoGroupContinuous(m, x[0], x[1], x[2], x[3], x[4], x[5]))
                    : null;
            case EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD:
                return BinaryReader(table, settings);
            case EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PFT:
                var p = Columns(table, "xi", "ni");
                return row => Cells(table, row, p) is { } x
                    ? Study(table, row, () => EffectSizes.Proportion(m, x[0], x[1])) with { N = x[1] }
                    : null;
            case EffectMeasure.MC or EffectMeasure.SMCR:
                return ChangeReader(table, settings);
            default:
                var yi = table.Column("yi");
                var useVi = table.HasColumn("vi") || !table.HasColumn("sei");
                var vi = table.Column(useVi ? "vi" : "sei");
                return row => Cells(table, row, [yi, vi]) is { } x ? Generic(table, row, vi, x[0], x[1], useVi) : null;
        }
    }

    private static MetaStudy Generic(CsvTable table, int row, int column, double yi, double spread, bool isVariance)
    {
        if (!(spread > 0))
        {
            throw table.Error(row, column, isVariance ? "sampling variance must be positive" : "standard error must be positive");
        }

        return new(row, "", new EffectSize(yi, isVariance ? spread : spread * spread), null, null);
    }

    private static Func<int, MetaStudy?> BinaryReader(CsvTable table, MetaSettings settings)
    {
        var counts = table.HasColumn("bi") && table.HasColumn("di");
        var c = counts ? Columns(table, "ai", "bi", "ci", "di") : Columns(table, "ai", "n1i", "ci", "n2i");
        var pooled = settings.Pooling is not null;
        return row =>
        {
            if (Cells(table, row, c) is not { } x)
            {
                return null;
            }

            if (!counts)
            {
                foreach (var (events, total) in new[] { (0, 1), (2, 3) })
                {
                    if (x[events] > x[total] && x[total] > 0)
                    {
                        throw table.Error(row, c[events], "events exceed n");
                    }

                    if (!(x[total] > 0))
                    {
                        throw table.Error(row, c[total], "n must be positive");
                    }
                }

                (x[1], x[3]) = (x[1] - x[0], x[3] - x[2]);
            }

            var study = Study(table, row, () => EffectSizes.TwoByTwo(settings.Measure, x[0], x[1], x[2], x[3]), counts ? null : c);
            var tableCells = new TwoByTwoTable(x[0], x[1], x[2], x[3]);
            return study with { Table = tableCells, Effect = pooled && tableCells.IsDoubleZero ? null : study.Effect };
        };
    }

    private static Func<int, MetaStudy?> ChangeReader(CsvTable table, MetaSettings settings)
    {
        var mc = settings.Measure == EffectMeasure.MC;
        var c = Columns(table, "m1i", "m2i", "sd1i", "ni");
        var sd2 = mc || table.HasColumn("sd2i") ? table.Column("sd2i") : -1;
        var ri = settings.Ri is null || table.HasColumn("ri") ? table.Column("ri") : -1;
        return row =>
        {
            if (Cells(table, row, c) is not { } x)
            {
                return null;
            }

            var s2 = sd2 >= 0 ? table.OptionalNumber(row, sd2) : null;
            var r = (ri >= 0 ? table.OptionalNumber(row, ri) : null) ?? settings.Ri;
            if (r is null || (mc && s2 is null))
            {
                return null;
            }

            return Study(table, row, () => EffectSizes.MeanChange(settings.Measure, x[0], x[1], x[2], s2 ?? double.NaN, x[3], r.Value));
        };
    }

    private static int[] Columns(CsvTable table, params string[] names) => names.Select(table.Column).ToArray();

    /// <summary>The row's numbers in the given columns, or null when one is missing.</summary>
    private static double[]? Cells(CsvTable table, int row, int[] columns)
    {
        var values = new double[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (table.OptionalNumber(row, columns[i]) is not { } value)
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    /// <summary>Computes the effect, turning the statistics layer's argument errors into located input errors.</summary>
    private static MetaStudy Study(CsvTable table, int row, Func<EffectSize> compute, int[]? armColumns = null)
    {
        try
        {
            return new(row, "", compute(), null, null);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is { } name)
        {
            // With ai/n1i input, bi and di are derived: report the group size column instead.
            var column = armColumns is not null && name is "bi" or "di" ? table.Header[armColumns[name == "bi" ? 1 : 3]] : name;
            var rule = e.Message.Split(" (Parameter", 2)[0];
            throw table.Error(row, table.HasColumn(column) ? table.Column(column) : 0, rule);
        }
    }
}
