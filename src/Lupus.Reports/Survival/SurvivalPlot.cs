using ScottPlot;

namespace Lupus.Reports.Survival;

/// <summary>Step-curve figures for survival analysis (Kaplan-Meier, cumulative incidence), saved as SVG or PNG.</summary>
/// <remarks>
/// Curves are drawn as horizontal steps with shaded pointwise confidence bands and '+' censoring marks. The numbers at
/// risk form a table under the time axis (<see cref="SurvivalFigure"/>).
/// </remarks>
public static class SurvivalPlot
{
    /// <summary>Builds the figure.</summary>
    /// <param name="series">Curves in legend order.</param>
    /// <param name="yLabel">Axis label, such as "Survival probability".</param>
    /// <param name="atRisk">Per series, numbers at risk at each of <paramref name="riskTimes"/>; null for no table.</param>
    /// <param name="riskTimes">Tick times of the time axis (and of the risk table).</param>
    public static SurvivalFigure Create(IReadOnlyList<SurvivalSeries> series, string yLabel, IReadOnlyList<IReadOnlyList<int>>? atRisk, IReadOnlyList<double> riskTimes)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(riskTimes);
        Fonts.Default = "DejaVu Sans";
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var maxTime = series.SelectMany(s => s.Times).DefaultIfEmpty(1).Max();
        for (var k = 0; k < series.Count; k++)
        {
            SeriesDrawing.Add(plot, series[k], palette.GetColor(k), maxTime);
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var t in riskTimes)
        {
            ticks.AddMajor(t, t.ToString("G6", System.Globalization.CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(0.1);
        plot.Axes.SetLimits(0, maxTime * 1.02, -0.02, 1.02);
        plot.XLabel("Time");
        plot.YLabel(yLabel);
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 16;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        if (series.Any(s => s.Label is not null))
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        var colors = series.Select((_, k) => palette.GetColor(k)).ToArray();
        var table = atRisk is null ? null : new RiskTable(series.Select((s, k) => s.Label ?? "All").ToArray(), riskTimes, atRisk);
        return new SurvivalFigure(plot, table, colors);
    }

    /// <summary>About six round tick times from 0 to <paramref name="maxTime"/>.</summary>
    public static IReadOnlyList<double> NiceTimes(double maxTime)
    {
        if (!(maxTime > 0))
        {
            return [0];
        }

        var raw = maxTime / 6;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return Enumerable.Range(0, (int)Math.Floor(maxTime / step) + 1).Select(i => i * step).ToArray();
    }
}
