using System.Text.Json;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Writes a <see cref="MetaReport"/> as the documented JSON object (reflection-free, trimming-safe).</summary>
internal static class MetaJsonWriter
{
    public static void Write(Utf8JsonWriter w, MetaReport r)
    {
        w.WriteStartObject();
        if (r.Group is { } group)
        {
            w.WriteString("group", group);
        }

        var s = r.Settings;
        w.WriteNumber("k", r.Fit?.K ?? r.Pooled!.K);
        w.WriteString("measure", s.Measure.ToString());
        w.WriteString("method", s.MethodName);
        w.WriteString("test", s.Options.Test == MetaTest.Knha ? "knha" : "z");
        w.WriteNumber("level", s.Options.Level);
        if (r.Fit is { } fit)
        {
            WriteFit(w, r, fit);
        }
        else
        {
            WritePooled(w, r, r.Pooled!);
        }

        MetaJsonExtras.Write(w, r);
        w.WriteEndObject();
    }

    private static void WriteFit(Utf8JsonWriter w, MetaReport r, MetaFit fit)
    {
        w.Test(fit.Estimate, fit.Se, fit.Statistic, fit.P, fit.CiLower, fit.CiUpper);
        w.Number("pi_lower", fit.PiLower);
        w.Number("pi_upper", fit.PiUpper);
        w.Number("tau2", fit.Tau2.Tau2);
        w.Number("tau2_se", fit.Tau2.Se);
        w.WritePropertyName("tau2_ci");
        if (fit.Tau2Ci is { } ci)
        {
            w.WriteStartArray();
            w.NumberValue(ci.Lower);
            w.NumberValue(ci.Upper);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNullValue();
        }

        Heterogeneity(w, fit.I2, fit.H2, fit.Q, fit.QDf, fit.QP);
        w.WritePropertyName("egger");
        if (r.Egger is { } egger)
        {
            w.WriteStartObject();
            w.Number("statistic", egger.Statistic);
            w.Number("p", egger.P);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        Transformed(w, r, fit.Estimate, fit.CiLower, fit.CiUpper, fit.PiLower, fit.PiUpper);
        w.WriteBoolean("converged", fit.Tau2.Converged);
        w.WriteStartObject("convergence");
        w.WriteString("method", fit.Tau2.Method);
        w.WriteNumber("iterations", fit.Tau2.Iterations);
        w.WriteEndObject();
        Studies(w, r, fit.Weights);
    }

    private static void WritePooled(Utf8JsonWriter w, MetaReport r, PooledFit fit)
    {
        w.Test(fit.Estimate, fit.Se, fit.Statistic, fit.P, fit.CiLower, fit.CiUpper);
        w.WriteNull("pi_lower");
        w.WriteNull("pi_upper");
        w.WriteNumber("tau2", 0);
        w.WriteNull("tau2_se");
        w.WriteNull("tau2_ci");
        Heterogeneity(w, fit.I2, fit.H2, fit.Q, fit.QDf, fit.QP);
        w.WriteNull("egger");
        Transformed(w, r, fit.Estimate, fit.CiLower, fit.CiUpper, null, null);
        w.WriteBoolean("converged", true);
        w.WriteStartObject("convergence");
        w.WriteString("method", "closed-form");
        w.WriteNumber("iterations", 0);
        w.WriteEndObject();
        Studies(w, r, fit.Weights);
    }

    private static void Heterogeneity(Utf8JsonWriter w, double i2, double h2, double q, int df, double p)
    {
        w.Number("i2", i2);
        w.Number("h2", h2);
        w.Number("q", q);
        w.WriteNumber("q_df", df);
        w.Number("q_p", p);
    }

    private static void Transformed(Utf8JsonWriter w, MetaReport r, double estimate, double lower, double upper, double? piLower, double? piUpper)
    {
        var m = r.Settings.Measure;
        if (!BackTransform.Applies(m))
        {
            w.WriteNull("transformed");
            return;
        }

        double? Back(double? x) => x is { } v ? BackTransform.Apply(m, v, r.HarmonicN) : null;
        w.WriteStartObject("transformed");
        w.Number("estimate", Back(estimate));
        w.Number("ci_lower", Back(lower));
        w.Number("ci_upper", Back(upper));
        w.Number("pi_lower", Back(piLower));
        w.Number("pi_upper", Back(piUpper));
        w.WriteEndObject();
    }

    private static void Studies(Utf8JsonWriter w, MetaReport r, IReadOnlyList<double> weights)
    {
        w.WriteStartArray("studies");
        for (var i = 0; i < r.Studies.Count; i++)
        {
            var study = r.Studies[i];
            w.WriteStartObject();
            w.WriteString("study", study.Label);
            w.Number("yi", study.Effect?.Yi);
            w.Number("vi", study.Effect?.Vi);
            w.Number("weight", i < weights.Count ? weights[i] : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
