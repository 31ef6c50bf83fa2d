using System.Text;
using Lupus.Trials.Reporting;

namespace Lupus.Reports.Trials;

/// <summary>The report's tables for one cohort.</summary>
internal static class CohortTables
{
    public static void Flow(StringBuilder html, PatientFlow f)
    {
        html.Append("<table><caption>Patient flow</caption>");
        Row(html, "Enrolled", f.Enrolled.ToString(Inv));
        Row(html, "Received MSC", f.Infused.ToString(Inv));
        Row(html, "Evaluable for 12-month response", f.Evaluable12m.ToString(Inv));
        foreach (var (reason, count) in f.NotEvaluable)
        {
            Row(html, "Not evaluable: " + reason, count.ToString(Inv));
        }

        Row(html, "Died", f.Died.ToString(Inv));
        Row(html, "Alive and followed to 12 months", f.FollowedTo12m.ToString(Inv));
        html.Append("</table>");
    }

    public static void Table1(StringBuilder html, IReadOnlyList<Table1Row> rows)
    {
        html.Append("<table><caption>Table 1. Baseline characteristics</caption><tr><th>Characteristic</th><th>Value</th><th>n</th><th>Missing</th></tr>");
        foreach (var r in rows)
        {
            Row(html, r.Label + (r.Median ? " (median [IQR])" : ""), Html.Encode(r.Display), r.N.ToString(Inv), r.Missing.ToString(Inv));
        }

        html.Append("</table>");
    }

    public static void Responses(StringBuilder html, CohortReport c)
    {
        html.Append("<table><caption>Response at 12 months (provisional MSC criteria) and survival</caption><tr><th>Outcome</th><th>n/N</th><th>%</th><th>95% CI (Wilson)</th></tr>");
        foreach (var r in c.ResponseRates)
        {
            Row(html, r.Label, $"{r.Count}/{r.Total}", Html.Percent(r.Estimate), $"{Html.Percent(r.Lower)} to {Html.Percent(r.Upper)}");
        }

        Row(html, "No response", c.Response12m.None.ToString(Inv), "", "");
        Row(html, "Not evaluable", c.Response12m.NotEvaluable.ToString(Inv), "", "");
        Row(html, "Relapsed after response", c.Relapse.Relapsed.ToString(Inv), "", "");
        html.Append("</table>");
    }

    public static void Endpoints(StringBuilder html, IReadOnlyList<MonthEndpoints> months)
    {
        html.Append("<table><caption>Endpoints by scheduled month (n meeting / n assessable)</caption><tr><th>Month</th><th>MCR</th><th>PCR</th><th>Relapse</th><th>Renal complete</th><th>Renal partial</th><th>SRI-4</th><th>LLDAS</th><th>DORIS</th></tr>");
        foreach (var m in months)
        {
            Row(html, m.Month.ToString(Inv), $"{m.Mcr}/{m.Assessed}", $"{m.Pcr}/{m.Assessed}", $"{m.Relapse}/{m.Assessed}", $"{m.RenalComplete}/{m.RenalAssessed}",
                $"{m.RenalPartial}/{m.RenalAssessed}", $"{m.Sri4}/{m.Sri4Assessed}", $"{m.Lldas}/{m.LldasAssessed}", $"{m.Doris}/{m.DorisAssessed}");
        }

        html.Append("</table>");
    }

    public static void Changes(StringBuilder html, IReadOnlyList<PairedChange> changes)
    {
        html.Append("<table><caption>Change from baseline (paired), including the immune panel</caption><tr><th>Measure</th><th>Month</th><th>n</th><th>Baseline</th><th>Month</th><th>Change (95% CI)</th><th>t-test p</th><th>Wilcoxon p</th></tr>");
        foreach (var c in changes)
        {
            Row(html, $"{c.Measure} ({c.Unit})", c.Month.ToString(Inv), c.N.ToString(Inv), Html.Number(c.BaselineMean), Html.Number(c.MonthMean),
                $"{Html.Number(c.MeanChange)} ({Html.Number(c.ChangeLower)} to {Html.Number(c.ChangeUpper)})", Html.P(c.TTestP), Html.P(c.WilcoxonP) + (c.WilcoxonExact ? " (exact)" : ""));
        }

        html.Append("</table>");
    }

    public static void AdverseEvents(StringBuilder html, IReadOnlyList<AdverseEventRow> rows)
    {
        html.Append("<table><caption>Adverse events by CTCAE v5 grade</caption><tr><th>Term</th><th>Grade</th><th>Events</th><th>Patients</th></tr>");
        foreach (var r in rows)
        {
            Row(html, r.Term, r.Grade.ToString(Inv), r.Events.ToString(Inv), r.Patients.ToString(Inv));
        }

        html.Append("</table>");
    }

    public static void Cox(StringBuilder html, CoxSummary? cox)
    {
        if (cox is null)
        {
            return;
        }

        html.Append("<table><caption>Cox model of death (n = ").Append(cox.N).Append(", events = ").Append(cox.Events)
            .Append(")</caption><tr><th>Predictor</th><th>HR</th><th>95% CI</th><th>p</th></tr>");
        foreach (var t in cox.Terms)
        {
            Row(html, t.Name, Html.Number(t.HazardRatio), $"{Html.Number(t.Lower)} to {Html.Number(t.Upper)}", Html.P(t.P));
        }

        html.Append("</table>");
    }

    private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;

    private static void Row(StringBuilder html, string label, params string[] cells)
    {
        html.Append("<tr><td>").Append(Html.Encode(label)).Append("</td>");
        foreach (var cell in cells)
        {
            html.Append("<td>").Append(cell).Append("</td>");
        }

        html.Append("</tr>");
    }
}
