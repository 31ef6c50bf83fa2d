using System.Globalization;
using ScottPlot;

namespace Lupus.Reports.Meta;

/// <summary>Forest plot: labelled study rows with weight-scaled markers and CIs, summary diamond and prediction interval.</summary>
public static class ForestPlot
{
    private const int Width = 1150;

    /// <summary>Renders the plot to <paramref name="path"/> (.png or .svg).</summary>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static void Save(MetaPlotData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plot = Build(data);
        PlotFiles.Save(plot, path, Width, Height(data));
    }

    /// <summary>The plot as an inline <c>&lt;svg&gt;</c> element, for HTML reports.</summary>
    public static string Svg(MetaPlotData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var svg = Build(data).GetSvgHtml(Width, Height(data));
        // An XML declaration is not allowed inside an HTML document: keep only the <svg> element.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    private static int Height(MetaPlotData data) => 140 + (26 * (data.Labels.Count + 5));

    internal static Plot Build(MetaPlotData data)
    {
        var plot = PlotFiles.Create();
        var n = data.Labels.Count;
        var ink = Colors.Black;
        double X(double v) => data.Transform is { } t ? t(v) : v;
        var maxWeight = data.Weights.DefaultIfEmpty(1).Max();
        var lows = new List<double> { X(data.CiLower), X(data.PiLower ?? data.CiLower) };
        var highs = new List<double> { X(data.CiUpper), X(data.PiUpper ?? data.CiUpper) };
        for (var i = 0; i < n; i++)
        {
            var y = n - i;
            var half = data.Critical * Math.Sqrt(data.Vi[i]);
            lows.Add(X(data.Yi[i] - half));
            highs.Add(X(data.Yi[i] + half));
            var line = plot.Add.Line(X(data.Yi[i] - half), y, X(data.Yi[i] + half), y);
            (line.LineColor, line.LineWidth) = (ink, 1.2f);
            var size = 5 + (13 * (float)Math.Sqrt(data.Weights[i] / maxWeight));
            plot.Add.Marker(X(data.Yi[i]), y, MarkerShape.FilledSquare, size, ink);
        }

        var diamond = plot.Add.Polygon(
        [
            new(X(data.CiLower), -1), new(X(data.Estimate), -0.65), new(X(data.CiUpper), -1), new(X(data.Estimate), -1.35),
        ]);
        (diamond.FillColor, diamond.LineColor) = (ink, ink);
        if (data.PiLower is { } pl && data.PiUpper is { } pu)
        {
            var pi = plot.Add.Line(X(pl), -1.8, X(pu), -1.8);
            (pi.LineColor, pi.LineWidth, pi.LinePattern) = (Colors.DimGray, 2.5f, LinePattern.Solid);
        }

        if (data.Transform is null)
        {
            var reference = plot.Add.VerticalLine(0);
            (reference.LineColor, reference.LinePattern, reference.LineWidth) = (Colors.Gray, LinePattern.Dashed, 1);
        }

        var xmin = lows.Where(double.IsFinite).Min();
        var xmax = highs.Where(double.IsFinite).Max();
        var pad = 0.05 * Math.Max(xmax - xmin, 1e-6);
        Axes(plot, data, xmin - pad, xmax + pad);
        return plot;
    }

    private static void Axes(Plot plot, MetaPlotData data, double xmin, double xmax)
    {
        var n = data.Labels.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)(n - i)).Append(-1).ToList();
        var left = data.Labels.Append(data.ModelLabel).ToList();
        positions.Add(n + 1);
        left.Add("Study");
        var right = Enumerable.Range(0, n)
            .Select(i => Row(data, data.Yi[i], data.Yi[i] - (data.Critical * Math.Sqrt(data.Vi[i])), data.Yi[i] + (data.Critical * Math.Sqrt(data.Vi[i])), data.Weights[i]))
            .Append(Row(data, data.Estimate, data.CiLower, data.CiUpper, 100))
            .Append($" Weight  {"Estimate",6} [{data.Level}% CI]").ToList();
        if (data.PiLower is { } pl && data.PiUpper is { } pu)
        {
            positions.Add(-1.8);
            left.Add("Prediction interval");
            right.Add(Row(data, data.Estimate, pl, pu, null));
        }

        positions.Add(-2.8);
        left.Add(data.Heterogeneity);
        right.Add(string.Empty);

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions.ToArray(), left.ToArray());
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions.ToArray(), right.ToArray());
        plot.Axes.Right.TickLabelStyle.FontName = "DejaVu Sans Mono";
        plot.Axes.Left.TickLabelStyle.OffsetY = 3;
        foreach (var axis in new[] { plot.Axes.Left, plot.Axes.Right })
        {
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontSize = 13;
            axis.FrameLineStyle.Width = 0;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        if (data.RatioScale)
        {
            var (ticks, labels) = PlotFiles.RatioTicks(xmin, xmax);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, labels);
        }

        plot.XLabel(data.AxisLabel);
        plot.HideGrid();
        plot.Axes.SetLimits(xmin, xmax, -3.3, n + 1.6);
        plot.Axes.SetLimitsY(-3.3, n + 1.6, plot.Axes.Right);
    }

    private static string Row(MetaPlotData data, double y, double lo, double hi, double? weight)
    {
        string F(double x) => (data.Transform is { } t ? t(x) : data.RatioScale ? Math.Exp(x) : x).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(6);
        var w = weight is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture).PadLeft(6) + "%" : new string(' ', 7);
        return $"{w}  {F(y)} [{F(lo)}, {F(hi)}]";
    }
}
