using ScottPlot;

namespace Lupus.Reports.Survival;

/// <summary>Draws one step curve with its confidence band and censoring marks.</summary>
internal static class SeriesDrawing
{
    public static void Add(Plot plot, SurvivalSeries series, Color color, double maxTime)
    {
        var xs = new List<double> { 0 };
        var ys = new List<double> { series.Start };
        xs.AddRange(series.Times);
        ys.AddRange(series.Values);
        xs.Add(maxTime);
        ys.Add(ys[^1]);
        var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.Color = color;
        if (series.Label is not null)
        {
            line.LegendText = series.Label;
        }

        if (series.Lower is not null && series.Upper is not null)
        {
            AddBand(plot, series, color);
        }

        if (series.Censored.Count > 0)
        {
            var cx = series.Censored.Select(i => series.Times[i]).ToArray();
            var cy = series.Censored.Select(i => series.Values[i]).ToArray();
            plot.Add.Markers(cx, cy, MarkerShape.Cross, 8, color);
        }
    }

    // The band is a step function too: each limit holds until the next time, drawn over runs where both limits exist.
    private static void AddBand(Plot plot, SurvivalSeries series, Color color)
    {
        var xs = new List<double>();
        var lo = new List<double>();
        var hi = new List<double>();
        for (var i = 0; i < series.Times.Count; i++)
        {
            var end = i + 1 < series.Times.Count ? series.Times[i + 1] : series.Times[i];
            if (series.Lower![i] is { } l && series.Upper![i] is { } u)
            {
                xs.AddRange([series.Times[i], end]);
                lo.AddRange([l, l]);
                hi.AddRange([u, u]);
            }
            else if (xs.Count > 0)
            {
                Fill(plot, xs, lo, hi, color);
                xs.Clear();
                lo.Clear();
                hi.Clear();
            }
        }

        if (xs.Count > 0)
        {
            Fill(plot, xs, lo, hi, color);
        }
    }

    private static void Fill(Plot plot, List<double> xs, List<double> lo, List<double> hi, Color color)
    {
        var fill = plot.Add.FillY(xs.ToArray(), hi.ToArray(), lo.ToArray());
        fill.FillColor = color.WithAlpha(0.18);
        fill.LineWidth = 0;
    }
}
