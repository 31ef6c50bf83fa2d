using System.Text;
using Lupus.Reports.Meta;
using static System.Net.WebUtility;

namespace Lupus.Reports.Evidence;

/// <summary>Renders an evidence synthesis as a self-contained HTML fragment (a <c>&lt;section&gt;</c> with tables and inline
/// SVG forest plots) for inclusion in a report; styling is left to the host page (class names start with <c>evidence</c>).</summary>
public static class EvidenceHtml
{
    /// <summary>The fragment. Rows that were pooled are listed under each analysis; all others in the closing table with the reason.</summary>
    public static string Render(EvidenceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var h = new StringBuilder();
        h.Append("<section class=\"evidence\">\n<h2>Evidence synthesis: published studies of MSC therapy in SLE</h2>\n");
        h.Append($"<p class=\"evidence-methods\">Random-effects meta-analysis ({o.Meta.Estimator}, {(o.Meta.Test == Statistics.Meta.MetaTest.Knha ? "Knapp-Hartung" : "z")} test, {EvidenceFormat.Compact(o.Meta.Level)}% intervals). ")
            .Append($"Pre/post changes as raw (MC) and standardised (SMCR, baseline SD) mean change with an assumed pre-post correlation r = {EvidenceFormat.Compact(o.Correlation)}, ")
            .Append($"and r varied over {string.Join(", ", o.SensitivityCorrelations.Select(r => EvidenceFormat.Compact(r)))}. ")
            .Append("Proportions as logit (PLO) and Freeman-Tukey double arcsine (PFT), back-transformed. ")
            .Append("One row per study and one study per overlapping cohort; every other row is listed below with the reason.</p>\n");
        foreach (var a in result.Analyses)
        {
            Analysis(h, a);
        }

        foreach (var s in result.Skipped)
        {
            h.Append($"<p class=\"evidence-skipped\"><strong>{HtmlEncode(s.Analysis.Title)}</strong>: not pooled ({HtmlEncode(s.Reason)}).</p>\n");
        }

        Published(h, result.Published);
        Unpooled(h, result.Rows);
        h.Append("</section>\n");
        return h.ToString();
    }

    private static void Analysis(StringBuilder h, PooledAnalysis a)
    {
        var patients = a.Fits[0].Studies.Sum(s => s.Size);
        h.Append($"<h3>{HtmlEncode(a.Analysis.Title)}</h3>\n<p>{HtmlEncode(a.Analysis.Definition)}; {a.Rows.Count} studies, {patients:0} patients.</p>\n");
        h.Append("<table class=\"evidence-pooled\">\n<thead><tr><th>Measure</th><th>k</th><th>Pooled estimate [CI]</th><th>Prediction interval</th><th>Heterogeneity</th></tr></thead>\n<tbody>\n");
        foreach (var f in a.Fits)
        {
            h.Append($"<tr><td>{HtmlEncode(EvidenceFormat.MeasureName(f, a.Analysis.Unit))}</td><td>{f.Fit.K}</td><td>{HtmlEncode(EvidenceFormat.Estimate(f))}</td>")
                .Append($"<td>{HtmlEncode(EvidenceFormat.Prediction(f))}</td><td>{HtmlEncode(EvidenceFormat.Heterogeneity(f.Fit))}</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        foreach (var f in a.Fits)
        {
            h.Append($"<figure class=\"evidence-forest\">{ForestPlot.Svg(EvidencePlots.Data(a, f))}<figcaption>{HtmlEncode(a.Analysis.Title)}: {HtmlEncode(EvidenceFormat.MeasureName(f, a.Analysis.Unit))}</figcaption></figure>\n");
        }

        if (a.Sensitivity.Count > 0)
        {
            var measures = a.Sensitivity.Select(s => s.Measure).Distinct().ToArray();
            h.Append("<table class=\"evidence-sensitivity\">\n<caption>Sensitivity to the assumed pre-post correlation</caption>\n<thead><tr><th>r</th>");
            h.Append(string.Concat(measures.Select(m => $"<th>{m} [CI]</th>"))).Append("</tr></thead>\n<tbody>\n");
            foreach (var r in a.Sensitivity.Select(s => s.Correlation).Distinct())
            {
                h.Append($"<tr><td>{EvidenceFormat.Compact(r)}</td>");
                foreach (var m in measures)
                {
                    var fit = a.Sensitivity.First(s => s.Measure == m && s.Correlation == r).Fit;
                    h.Append($"<td>{EvidenceFormat.Number(fit.Estimate)} [{EvidenceFormat.Number(fit.CiLower)}, {EvidenceFormat.Number(fit.CiUpper)}]</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }
    }

    private static void Published(StringBuilder h, IReadOnlyList<PublishedFigure> published)
    {
        if (published.Count == 0)
        {
            return;
        }

        h.Append("<h3>Published pooled figures (published, not recomputed)</h3>\n<table class=\"evidence-published\">\n")
            .Append("<thead><tr><th>Review</th><th>Comparison</th><th>Outcome</th><th>Months</th><th>Studies</th><th>Patients</th><th>Model</th><th>Published estimate [CI]</th><th>Source</th></tr></thead>\n<tbody>\n");
        foreach (var p in published)
        {
            var estimate = p.Estimate is { } e
                ? $"{p.Measure} {EvidenceFormat.Number(e)} [{EvidenceFormat.Number(p.CiLower ?? double.NaN)}, {EvidenceFormat.Number(p.CiUpper ?? double.NaN)}], p = {p.P}"
                : "not held by the project";
            h.Append($"<tr><td title=\"{HtmlEncode(p.Citation)}\">{HtmlEncode(p.SourceId)}</td><td>{HtmlEncode(p.Comparison)}</td><td>{HtmlEncode(p.Outcome)}</td>")
                .Append($"<td>{EvidenceFormat.Compact(p.TimepointMonths)}</td><td>{p.Studies}</td><td>{p.Patients}</td><td>{HtmlEncode(p.Model)}</td>")
                .Append($"<td>{HtmlEncode(estimate)} (published, not recomputed)</td><td>{HtmlEncode(p.Source)}</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    private static void Unpooled(StringBuilder h, IReadOnlyList<RowDisposition> rows)
    {
        h.Append("<h3>Rows not pooled, excluded or not synthesised</h3>\n<table class=\"evidence-rows\">\n")
            .Append("<thead><tr><th>Line</th><th>Study</th><th>Outcome</th><th>Months</th><th>Arm</th><th>Status</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var d in rows.Where(d => d.Status != RowStatus.Pooled))
        {
            h.Append($"<tr><td>{d.Row.Line}</td><td>{HtmlEncode(d.Row.StudyId)}</td><td>{HtmlEncode(d.Row.Outcome)}</td><td>{EvidenceFormat.Compact(d.Row.TimepointMonths)}</td>")
                .Append($"<td>{HtmlEncode(d.Row.Arm)}</td><td>{HtmlEncode(EvidenceFormat.Status(d.Status))}</td><td>{HtmlEncode(d.Reason)}</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }
}
