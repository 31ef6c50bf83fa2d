using ScottPlot;

namespace Lupus.Reports.Meta;

/// <summary>Funnel plot: effects against standard errors (inverted axis), with the pooled estimate and pseudo-confidence region.</summary>
public static class FunnelPlot
{
    /// <summary>Renders the plot to <paramref name="path"/> (.png or .svg).</summary>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static void Save(MetaPlotData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plot = PlotFiles.Create();
        var se = data.Vi.Select(v => Math.Sqrt(v)).ToArray();
        var maxSe = se.DefaultIfEmpty(1).Max() * 1.1;
        var region = plot.Add.Polygon(
        [
            new(data.Estimate, 0), new(data.Estimate - (data.Critical * maxSe), maxSe), new(data.Estimate + (data.Critical * maxSe), maxSe),
        ]);
        (region.FillColor, region.LineColor) = (Colors.LightGray.WithAlpha(0.5), Colors.Gray);
        var centre = plot.Add.Line(data.Estimate, 0, data.Estimate, maxSe);
        (centre.LineColor, centre.LineWidth) = (Colors.Black, 1.2f);
        var points = plot.Add.ScatterPoints(data.Yi.ToArray(), se);
        (points.MarkerShape, points.MarkerSize, points.Color) = (MarkerShape.FilledCircle, 8, Colors.Black);

        var xmin = Math.Min(data.Yi.Min(), data.Estimate - (data.Critical * maxSe));
        var xmax = Math.Max(data.Yi.Max(), data.Estimate + (data.Critical * maxSe));
        var pad = 0.05 * Math.Max(xmax - xmin, 1e-6);
        if (data.RatioScale)
        {
            var (ticks, labels) = PlotFiles.RatioTicks(xmin - pad, xmax + pad);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, labels);
        }

        plot.XLabel(data.AxisLabel);
        plot.YLabel("Standard error");
        plot.Axes.SetLimits(xmin - pad, xmax + pad, maxSe, 0);
        PlotFiles.Save(plot, path, 700, 560);
    }
}
