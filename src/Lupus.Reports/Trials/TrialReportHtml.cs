using System.Globalization;
using System.Text;
using Lupus.Trials.Reporting;

namespace Lupus.Reports.Trials;

/// <summary>Renders a <see cref="TrialReport"/> as one self-contained HTML page: inline CSS and SVG, print friendly.</summary>
public static class TrialReportHtml
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222;line-height:1.4}
        table{border-collapse:collapse;margin:0.5em 0 1.2em}th,td{border:1px solid #bbb;padding:3px 8px;text-align:right}
        th:first-child,td:first-child{text-align:left}caption{text-align:left;font-weight:600;padding:4px 0}
        h2{border-bottom:2px solid #1f5fa8;margin-top:2em}figure{margin:0.5em 0}figcaption{font-size:0.9em;color:#555}
        .note{color:#555;font-size:0.9em}.placeholder{border:1px dashed #999;padding:1em;color:#555}
        @media print{body{margin:0;max-width:none}h2{break-before:page}figure,table{break-inside:avoid}}
        """;

    public static string Render(TrialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Html.Encode(report.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(Html.Encode(report.Title)).Append("</h1><p class=\"note\">")
            .Append(report.Site is null ? "All sites in scope" : "Site " + Html.Encode(report.Site))
            .Append(" · endpoint rules ").Append(Html.Encode(report.RuleVersion)).Append(" · LupusTrials ").Append(Html.Encode(report.SoftwareVersion))
            .Append(" · figures derived from the registry data</p>");
        foreach (var cohort in report.Cohorts)
        {
            Cohort(html, cohort);
        }

        Evidence(html, report.Evidence);
        Methods(html, report);
        return html.Append("</body></html>").ToString();
    }

    private static void Cohort(StringBuilder html, CohortReport c)
    {
        html.Append("<section class=\"cohort\"><h2>").Append(Html.Encode(c.Name)).Append(" (n = ").Append(c.N).Append(")</h2>");
        CohortTables.Flow(html, c.Flow);
        CohortTables.Table1(html, c.Table1);
        CohortTables.Responses(html, c);
        CohortTables.Endpoints(html, c.Endpoints);
        Figure(html, SvgCharts.StepCurve(c.Survival.Curve, "Overall survival", rising: false),
            $"Kaplan-Meier overall survival: {c.Survival.Alive} alive, {c.Survival.Dead} died; numbers at risk below the axis.");
        Figure(html, SvgCharts.StepCurve(c.Relapse.Curve, "Cumulative incidence of relapse", rising: true),
            $"Cumulative incidence of relapse after response (Aalen-Johansen), death without relapse as a competing risk: {c.Relapse.Relapsed} relapsed, {c.Relapse.DiedWithoutRelapse} died first.");
        html.Append("<h3>Mean trajectories</h3>");
        foreach (var t in c.Trajectories)
        {
            Figure(html, SvgCharts.Trajectory(t), $"{t.Measure}: mean and 95% CI by month.");
        }

        CohortTables.Changes(html, c.Changes);
        CohortTables.AdverseEvents(html, c.AdverseEvents);
        CohortTables.Cox(html, c.Cox);
        html.Append("</section>");
    }

    private static void Figure(StringBuilder html, string svg, string caption) =>
        html.Append("<figure>").Append(svg).Append("<figcaption>").Append(Html.Encode(caption)).Append("</figcaption></figure>");

    private static void Evidence(StringBuilder html, EvidenceSection? evidence)
    {
        html.Append("<section id=\"evidence\"><h2>Evidence synthesis</h2>");
        html.Append(evidence is null
            ? "<div class=\"placeholder\">The evidence synthesis of published MSC studies is not attached to this report.</div>"
            : evidence.Html);
        html.Append("</section>");
    }

    private static void Methods(StringBuilder html, TrialReport report)
    {
        html.Append("<section id=\"methods\"><h2>Methods</h2><p>Time origin: first MSC infusion. Scheduled months target day round(m × 30.4375), ")
            .Append("window ±15 days (months 1, 3) or ±30 days (later); baseline is the last visit from day −30 to 0. ")
            .Append("12-month response: best provisional MSC category (MCR over PCR) at visits to the end of the 12-month window. ")
            .Append("Continuous baseline variables: mean ± SD, or median [IQR] when |skewness| &gt; 1 or n &lt; 3. Rates: Wilson 95% intervals. ")
            .Append("Paired change: paired t-test and Wilcoxon signed-rank (exact below 50 pairs without ties or zeros, otherwise normal approximation with continuity correction). ")
            .Append("Flares: SELENA flare index criteria decidable from SLEDAI-2K, prednisone and PGA.</p><table><caption>Instrument definitions</caption><tr><th>Instrument</th><th>Version</th><th>Citation</th></tr>");
        foreach (var m in report.Methods)
        {
            html.Append("<tr><td>").Append(Html.Encode(m.Name)).Append(m.Provisional ? " (provisional)" : "").Append("</td><td>")
                .Append(Html.Encode(m.Version)).Append("</td><td>").Append(Html.Encode(m.Citation)).Append("</td></tr>");
        }

        html.Append("</table><p class=\"note\">").Append(Html.Encode(string.Create(CultureInfo.InvariantCulture,
            $"LupusTrials {report.SoftwareVersion}; endpoint rules {report.RuleVersion}."))).Append("</p></section>");
    }
}
