using System.Globalization;
using System.Text;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

/// <summary>Server-rendered SVG of a patient's course: SLEDAI-2K, C3, proteinuria and creatinine, infusions marked.</summary>
public static class TimelineSvg
{
    private const int Width = 960;
    private const int Left = 150;
    private const int Right = 20;
    private const int PanelHeight = 86;
    private const int Gap = 22;
    private const int Top = 28;

    private static readonly double[] AxisSteps = [1, 2, 2.5, 5, 10];

    private static readonly (string Label, string Unit, Func<Visit, decimal?> Value, string Colour)[] Series =
    [
        ("SLEDAI-2K", "points", v => v.Sledai2k, "#b8336a"),
        ("C3", "g/L", v => v.C3GPerL, "#1f5f8b"),
        ("Proteinuria", "g/24 h", v => v.ProteinuriaGPer24h, "#a35f00"),
        ("Creatinine", "µmol/L", v => v.CreatinineUmolPerL, "#1e7b4f"),
    ];

    public static string Render(IReadOnlyList<Visit> visits, IReadOnlyList<LocalDate> infusions)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(infusions);
        var height = Top + (Series.Length * (PanelHeight + Gap)) + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"timeline-title\">");
        svg.Append("<title id=\"timeline-title\">Course of SLEDAI-2K, C3, proteinuria and creatinine with MSC infusions</title>");
        svg.Append("<style>text{font:12px system-ui,sans-serif;fill:#5b6877}.lbl{font-weight:600;fill:#1d2733}</style>");
        var dates = visits.Select(v => v.VisitDate).Concat(infusions).ToList();
        if (dates.Count == 0)
        {
            svg.Append("<text x=\"20\" y=\"40\">No visits recorded yet.</text></svg>");
            return svg.ToString();
        }

        var first = dates.Min();
        var span = Math.Max(1, Period.Between(first, dates.Max(), PeriodUnits.Days).Days);
        double X(LocalDate d) => Left + ((Width - Left - Right) * Period.Between(first, d, PeriodUnits.Days).Days / (double)span);

        for (var i = 0; i < Series.Length; i++)
        {
            Panel(svg, Series[i], visits, Top + (i * (PanelHeight + Gap)), X);
        }

        var bottom = Top + (Series.Length * (PanelHeight + Gap)) - Gap;
        foreach (var infusion in infusions)
        {
            var x = F(X(infusion));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top - 8}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#6a3fa0\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top - 12}\" text-anchor=\"middle\" class=\"lbl\" style=\"fill:#6a3fa0\">MSC {D(infusion)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{bottom + 18}\">{D(first)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{bottom + 18}\" text-anchor=\"end\">{D(dates.Max())}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, (string Label, string Unit, Func<Visit, decimal?> Value, string Colour) series, IReadOnlyList<Visit> visits, int top, Func<LocalDate, double> x)
    {
        var points = visits.Where(v => series.Value(v) is not null).OrderBy(v => v.VisitDate)
            .Select(v => (Date: v.VisitDate, Value: (double)series.Value(v)!.Value)).ToList();
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{top}\" width=\"{Width - Left - Right}\" height=\"{PanelHeight}\" fill=\"#f8fafc\" stroke=\"#d8dee6\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{top + 20}\" class=\"lbl\">{series.Label}</text><text x=\"10\" y=\"{top + 36}\">{series.Unit}</text>");
        if (points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 10}\" y=\"{top + 48}\">not recorded</text>");
            return;
        }

        var max = NiceCeiling(points.Max(p => p.Value));
        double Y(double value) => top + PanelHeight - 6 - ((PanelHeight - 12) * value / max);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{top + 12}\" text-anchor=\"end\">{max:0.##}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{top + PanelHeight - 2}\" text-anchor=\"end\">0</text>");
        var line = string.Join(' ', points.Select(p => $"{F(x(p.Date))},{F(Y(p.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{line}\" fill=\"none\" stroke=\"{series.Colour}\" stroke-width=\"2\"/>");
        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{F(x(p.Date))}\" cy=\"{F(Y(p.Value))}\" r=\"3.5\" fill=\"{series.Colour}\"><title>{D(p.Date)}: {p.Value:0.##} {series.Unit}</title></circle>");
        }
    }

    /// <summary>The smallest 1, 2, 2.5 or 5 times a power of ten at or above <paramref name="value"/> (axis top).</summary>
    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return AxisSteps.Select(m => m * power).First(v => v >= value);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
