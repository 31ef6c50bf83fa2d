using Lupus.Reports.Input;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Runs the requested analyses on one set of rows.</summary>
internal static class MetaAnalyzer
{
    public static MetaReport Analyze(CsvTable table, MetaSettings settings, IReadOnlyList<int> rows, string? group)
    {
        var studies = MetaInputReader.Read(table, settings, rows);
        var where = group is null ? "" : $" (group '{group}')";
        if (studies.Count == 0)
        {
            throw CliInputException.At(table.File, null, null, $"no study has all required values{where} (k = 0)");
        }

        var harmonic = settings.Measure == EffectMeasure.PFT ? BackTransform.HarmonicMean(studies.Select(s => s.N!.Value)) : double.NaN;
        var report = new MetaReport { Group = group, Settings = settings, Studies = studies, HarmonicN = harmonic };
        if (settings.Pooling is { } pooling)
        {
            var tables = studies.Select(s => s.Table!.Value).ToArray();
            return Guard(table, where, () => report with
            {
                Pooled = pooling == "MH"
                    ? BinaryPooling.MantelHaenszel(tables, settings.Measure, settings.Options.Level)
                    : BinaryPooling.Peto(tables, settings.Options.Level),
            });
        }

        var yi = studies.Select(s => s.Effect!.Value.Yi).ToArray();
        var vi = studies.Select(s => s.Effect!.Value.Vi).ToArray();
        var options = settings.Options;
        return Guard(table, where, () =>
        {
            var fit = MetaAnalysis.Fit(yi, vi, options);
            if (!fit.Tau2.Converged)
            {
                return report with { Fit = fit };
            }

            report = report with
            {
                Fit = fit,
                Egger = EggerTest.Compute(yi, vi, options),
                LeaveOneOut = settings.Loo ? Sensitivity.LeaveOneOut(yi, vi, options) : null,
                Cumulative = settings.Cumulative ? Sensitivity.Cumulative(yi, vi, options) : null,
                TrimFill = settings.TrimFill ? TrimAndFill.Compute(yi, vi, options) : null,
            };
            if (settings.Subgroup is { } column)
            {
                report = report with { Subgroups = Subgroups(table, column, studies, yi, vi, options) };
            }

            return settings.Mods.Count > 0 ? Regress(table, settings, report) : report;
        });
    }

    private static SubgroupAnalysis Subgroups(CsvTable table, string column, List<MetaStudy> studies, double[] yi, double[] vi, MetaOptions options)
    {
        var c = table.Column(column);
        var keep = Enumerable.Range(0, studies.Count).Where(i => !table.IsEmpty(studies[i].Row, c)).ToArray();
        return SubgroupAnalysis.Compute(keep.Select(i => yi[i]).ToArray(), keep.Select(i => vi[i]).ToArray(),
            keep.Select(i => table.Text(studies[i].Row, c)).ToArray(), options);
    }

    private static MetaReport Regress(CsvTable table, MetaSettings settings, MetaReport report)
    {
        // Rows with a missing moderator are left out of the meta-regression only, as rma(mods=) does.
        var columns = settings.Mods.Select(table.Column).ToArray();
        var used = report.Studies.Where(s => columns.All(c => table.OptionalNumber(s.Row, c) is not null)).ToArray();
        var yi = used.Select(s => s.Effect!.Value.Yi).ToArray();
        var vi = used.Select(s => s.Effect!.Value.Vi).ToArray();
        var mods = settings.Mods.Select((name, j) => (name, (IReadOnlyList<double>)used.Select(s => table.Number(s.Row, columns[j])).ToArray())).ToArray();
        var fit = MetaAnalysis.Regress(yi, vi, mods, settings.Options);
        double? r2 = null;
        if (settings.Options.Estimator != Tau2Estimator.FE)
        {
            var tauRe = MetaAnalysis.Fit(yi, vi, settings.Options).Tau2.Tau2;
            r2 = tauRe > 0 ? Math.Max(0, 100 * (tauRe - fit.Tau2.Tau2) / tauRe) : null;
        }

        return report with { Regression = fit, R2 = r2 };
    }

    private static MetaReport Guard(CsvTable table, string where, Func<MetaReport> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException e)
        {
            throw CliInputException.At(table.File, null, null, e.Message.Split(" (Parameter", 2)[0] + where);
        }
    }
}
