using System.Globalization;
using System.Text;
using Lupus.Trials.Reporting;

namespace Lupus.Reports.Trials;

/// <summary>Inline SVG figures: step curves with a numbers-at-risk row, and mean trajectories with 95% CI bars.</summary>
internal static class SvgCharts
{
    private const int Width = 560;
    private const int Height = 260;
    private const int Left = 50;
    private const int Right = 20;
    private const int Top = 15;
    private const int Bottom = 40;

    public static string StepCurve(Curve curve, string yLabel, bool rising)
    {
        var maxX = Math.Max(curve.RiskTimes.Count == 0 ? 12 : curve.RiskTimes[^1], curve.Times.Count == 0 ? 12 : curve.Times[^1]);
        var maxY = rising ? Math.Max(0.1, Math.Ceiling(curve.Values.DefaultIfEmpty(0).Max() * 10 + 1) / 10) : 1.0;
        var minY = 0.0;
        var svg = Start(Height + 40);
        Axes(svg, maxX, minY, maxY, "Months since first MSC infusion", yLabel, curve.RiskTimes);
        var path = new StringBuilder();
        double y0 = rising ? 0 : 1;
        path.Append(Fmt($"M{X(0, maxX)},{Y(y0, minY, maxY)}"));
        for (var i = 0; i < curve.Times.Count; i++)
        {
            path.Append(Fmt($" H{X(curve.Times[i], maxX)} V{Y(curve.Values[i], minY, maxY)}"));
        }

        path.Append(Fmt($" H{X(maxX, maxX)}"));
        svg.Append(Fmt($"<path d=\"{path}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"));
        svg.Append(Fmt($"<text x=\"4\" y=\"{Height + 22}\" font-size=\"10\">At risk</text>"));
        for (var i = 0; i < curve.RiskTimes.Count; i++)
        {
            svg.Append(Fmt($"<text x=\"{X(curve.RiskTimes[i], maxX)}\" y=\"{Height + 22}\" font-size=\"10\" text-anchor=\"middle\">{curve.AtRisk[i]}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    public static string Trajectory(Trajectory trajectory)
    {
        var points = trajectory.Points;
        var maxX = points.Count == 0 ? 12 : points[^1].Month;
        var maxY = points.Count == 0 ? 1 : points.Max(p => p.Upper) * 1.1;
        var minY = Math.Min(0, points.Count == 0 ? 0 : points.Min(p => p.Lower));
        var svg = Start(Height);
        Axes(svg, maxX, minY, maxY, "Month", $"{trajectory.Measure} ({trajectory.Unit})", [.. points.Select(p => (double)p.Month)]);
        svg.Append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"");
        svg.AppendJoin(' ', points.Select(p => Fmt($"{X(p.Month, maxX)},{Y(p.Mean, minY, maxY)}")));
        svg.Append("\"/>");
        foreach (var p in points)
        {
            var x = X(p.Month, maxX);
            svg.Append(Fmt($"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Y(p.Lower, minY, maxY)}\" y2=\"{Y(p.Upper, minY, maxY)}\" stroke=\"#1f5fa8\"/>"));
            svg.Append(Fmt($"<circle cx=\"{x}\" cy=\"{Y(p.Mean, minY, maxY)}\" r=\"3\" fill=\"#1f5fa8\"/>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Start(int height) =>
        new StringBuilder().Append(Fmt($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\">"));

    private static void Axes(StringBuilder svg, double maxX, double minY, double maxY, string xLabel, string yLabel, IReadOnlyList<double> ticks)
    {
        svg.Append(Fmt($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>"));
        svg.Append(Fmt($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>"));
        foreach (var t in ticks)
        {
            svg.Append(Fmt($"<text x=\"{X(t, maxX)}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{t:0}</text>"));
        }

        for (var k = 0; k <= 4; k++)
        {
            var v = minY + ((maxY - minY) * k / 4);
            svg.Append(Fmt($"<text x=\"{Left - 4}\" y=\"{Y(v, minY, maxY) + 3}\" font-size=\"10\" text-anchor=\"end\">{v:0.##}</text>"));
        }

        svg.Append(Fmt($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 8}\" font-size=\"11\" text-anchor=\"middle\">{Html.Encode(xLabel)}</text>"));
        svg.Append(Fmt($"<text x=\"12\" y=\"{(Top + Height - Bottom) / 2}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {(Top + Height - Bottom) / 2})\">{Html.Encode(yLabel)}</text>"));
    }

    private static double X(double value, double max) => Math.Round(Left + ((Width - Left - Right) * value / Math.Max(max, 1e-9)), 2);

    private static double Y(double value, double min, double max) =>
        Math.Round(Height - Bottom - ((Height - Top - Bottom) * (value - min) / Math.Max(max - min, 1e-9)), 2);

    private static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
