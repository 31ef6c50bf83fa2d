using Lupus.Reports.Survival;

namespace Lupus.Cli.Survival;

/// <summary>Turns survival reports into figures and writes them (<c>--plot FILE</c>, .svg or .png).</summary>
internal static class SurvivalPlotFiles
{
    public static void KaplanMeier(string path, KmReport report)
    {
        var series = report.Groups.Select(g => new SurvivalSeries(
            g.Name is null ? null : $"{report.GroupColumn}={g.Name}",
            g.Curve.Rows.Select(r => r.Time).ToArray(),
            g.Curve.Rows.Select(r => r.Survival).ToArray(),
            g.Curve.Rows.Select(r => r.Lower).ToArray(),
            g.Curve.Rows.Select(r => r.Upper).ToArray(),
            g.Curve.Rows.Select((r, i) => (r, i)).Where(x => x.r.Censored > 0).Select(x => x.i).ToArray(),
            1.0)).ToArray();
        var times = report.RiskTimes.Count > 0 ? report.RiskTimes : SurvivalPlot.NiceTimes(series.SelectMany(s => s.Times).Max());
        var atRisk = report.Groups.Select(g => (IReadOnlyList<int>)times.Select(g.Curve.AtRisk).ToArray()).ToArray();
        Save(path, SurvivalPlot.Create(series, "Survival probability", atRisk, times));
    }

    public static void CumulativeIncidence(string path, CifReport report)
    {
        var sources = report.Groups.Count > 0 ? report.Groups.Select(g => (Prefix: g.Name + ": ", g.Result)) : [("", report.Overall)];
        var series = sources.SelectMany(s => s.Result.Causes.Select(c => new SurvivalSeries(
            s.Prefix + "cause " + report.CauseNames[c.Cause - 1],
            s.Result.Times,
            c.Incidence,
            null,
            null,
            [],
            0.0))).ToArray();
        Save(path, SurvivalPlot.Create(series, "Cumulative incidence", null, SurvivalPlot.NiceTimes(series.SelectMany(s => s.Times).Max())));
    }

    private static void Save(string path, SurvivalFigure figure)
    {
        try
        {
            figure.Save(path);
        }
        catch (ArgumentException e)
        {
            throw CliInputException.At(null, null, "--plot", e.Message);
        }
    }
}
