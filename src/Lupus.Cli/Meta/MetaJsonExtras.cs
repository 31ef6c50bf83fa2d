using System.Text.Json;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>The optional loo, cumulative, trimfill, subgroups and meta_regression members.</summary>
internal static class MetaJsonExtras
{
    public static void Write(Utf8JsonWriter w, MetaReport r)
    {
        if (r.LeaveOneOut is { } loo)
        {
            Series(w, "loo", r, loo);
        }

        if (r.Cumulative is { } cumulative)
        {
            Series(w, "cumulative", r, cumulative);
        }

        if (r.TrimFill is { } tf)
        {
            w.WriteStartObject("trimfill");
            w.WriteNumber("k0", tf.K0);
            w.WriteString("side", tf.Side);
            w.WriteNumber("k", tf.Fit.K);
            w.Test(tf.Fit.Estimate, tf.Fit.Se, tf.Fit.Statistic, tf.Fit.P, tf.Fit.CiLower, tf.Fit.CiUpper);
            w.Number("tau2", tf.Fit.Tau2.Tau2);
            w.WriteStartArray("filled");
            for (var i = 0; i < tf.K0; i++)
            {
                w.WriteStartObject();
                w.Number("yi", tf.FilledYi[i]);
                w.Number("vi", tf.FilledVi[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (r.Subgroups is { } sg)
        {
            Subgroups(w, sg);
        }

        if (r.Regression is { } reg)
        {
            Regression(w, reg, r.R2);
        }
    }

    private static void Series(Utf8JsonWriter w, string name, MetaReport r, IReadOnlyList<MetaFit?> fits)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < fits.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("study", r.Studies[i].Label);
            var f = fits[i];
            w.Test(f?.Estimate ?? double.NaN, f?.Se ?? double.NaN, f?.Statistic ?? double.NaN, f?.P ?? double.NaN, f?.CiLower ?? double.NaN, f?.CiUpper ?? double.NaN);
            w.Number("q", f?.Q);
            w.Number("q_p", f?.QP);
            w.Number("tau2", f?.Tau2.Tau2);
            w.Number("i2", f?.I2);
            w.Number("h2", f?.H2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Subgroups(Utf8JsonWriter w, SubgroupAnalysis sg)
    {
        w.WriteStartObject("subgroups");
        w.WriteStartArray("groups");
        foreach (var (group, f) in sg.Groups)
        {
            w.WriteStartObject();
            w.WriteString("group", group);
            w.WriteNumber("k", f.K);
            w.Test(f.Estimate, f.Se, f.Statistic, f.P, f.CiLower, f.CiUpper);
            w.Number("tau2", f.Tau2.Tau2);
            w.Number("i2", f.I2);
            w.Number("q", f.Q);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("test");
        w.Number("q", sg.Q);
        w.WriteNumber("df", sg.Df);
        w.Number("p", sg.P);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Regression(Utf8JsonWriter w, MetaFit f, double? r2)
    {
        w.WriteStartObject("meta_regression");
        w.WriteNumber("k", f.K);
        w.WriteStartArray("coefficients");
        foreach (var c in f.Coefficients)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.Test(c.Estimate, c.Se, c.Statistic, c.P, c.CiLower, c.CiUpper);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Number("qm", f.Moderators?.Statistic);
        w.Number("qm_df", f.Moderators?.Df1);
        w.Number("qm_df2", f.Moderators?.Df2);
        w.Number("qm_p", f.Moderators?.P);
        w.Number("qe", f.Q);
        w.WriteNumber("qe_df", f.QDf);
        w.Number("qe_p", f.QP);
        w.Number("r2", r2);
        w.Number("tau2", f.Tau2.Tau2);
        w.Number("tau2_se", f.Tau2.Se);
        w.Number("i2", f.I2);
        w.Number("h2", f.H2);
        w.WriteBoolean("converged", f.Tau2.Converged);
        w.WriteEndObject();
    }
}
