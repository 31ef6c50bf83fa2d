using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lupus.Cli.Meta;
using Lupus.Reports.Evidence;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Evidence;

/// <summary>Writes an <see cref="EvidenceResult"/> as the documented JSON object (reflection-free, Native AOT-safe).</summary>
internal static class EvidenceJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(EvidenceResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            Write(w, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter w, EvidenceResult r)
    {
        var o = r.Options;
        w.WriteStartObject();
        w.WriteStartObject("options");
        w.WriteString("method", o.Meta.Estimator.ToString());
        w.WriteString("test", o.Meta.Test == MetaTest.Knha ? "knha" : "z");
        w.WriteNumber("level", o.Meta.Level);
        w.WriteNumber("correlation", o.Correlation);
        w.WriteStartArray("sensitivity_correlations");
        foreach (var c in o.SensitivityCorrelations)
        {
            w.WriteNumberValue(c);
        }

        w.WriteEndArray();
        w.WriteNumber("min_studies", o.MinStudies);
        w.WriteEndObject();
        w.WriteStartArray("analyses");
        foreach (var a in r.Analyses)
        {
            Analysis(w, a);
        }

        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in r.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Analysis.Id);
            w.WriteNumber("studies", s.Studies);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Rows(w, r.Rows);
        Published(w, r.Published);
        w.WriteEndObject();
    }

    private static void Analysis(Utf8JsonWriter w, PooledAnalysis a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Analysis.Id);
        w.WriteString("title", a.Analysis.Title);
        w.WriteString("kind", a.Analysis.Kind == AnalysisKind.PrePost ? "pre_post" : "proportion");
        w.WriteString("unit", a.Analysis.Unit);
        w.WriteString("definition", a.Analysis.Definition);
        w.WriteNumber("studies", a.Rows.Count);
        w.WriteNumber("patients", a.Fits[0].Studies.Sum(s => s.Size));
        w.WriteStartArray("fits");
        foreach (var f in a.Fits)
        {
            Fit(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("sensitivity");
        foreach (var s in a.Sensitivity)
        {
            w.WriteStartObject();
            w.WriteString("measure", s.Measure.ToString());
            w.WriteNumber("correlation", s.Correlation);
            Model(w, s.Fit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Fit(Utf8JsonWriter w, AnalysisFit f)
    {
        w.WriteStartObject();
        w.WriteString("measure", f.Measure.ToString());
        w.Number("correlation", f.Correlation);
        Model(w, f.Fit);
        if (f.Proportion is { } p)
        {
            w.WriteStartObject("transformed");
            w.Number("estimate", p.Estimate);
            w.Number("ci_lower", p.CiLower);
            w.Number("ci_upper", p.CiUpper);
            w.Number("pi_lower", p.PiLower);
            w.Number("pi_upper", p.PiUpper);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("transformed");
        }

        w.Number("harmonic_n", f.HarmonicN);
        w.WriteStartArray("studies");
        foreach (var s in f.Studies)
        {
            w.WriteStartObject();
            w.WriteString("study", s.Row.StudyId);
            w.WriteNumber("line", s.Row.Line);
            w.WriteString("outcome", s.Row.Outcome);
            w.WriteNumber("timepoint_months", s.Row.TimepointMonths);
            w.WriteString("arm", s.Row.Arm);
            w.WriteNumber("n", s.Size);
            w.Number("count", s.Count);
            w.Number("yi", s.Yi);
            w.Number("vi", s.Vi);
            w.Number("weight", s.Weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Model(Utf8JsonWriter w, MetaFit f)
    {
        w.WriteNumber("k", f.K);
        w.Test(f.Estimate, f.Se, f.Statistic, f.P, f.CiLower, f.CiUpper);
        w.Number("pi_lower", f.PiLower);
        w.Number("pi_upper", f.PiUpper);
        w.Number("tau2", f.Tau2.Tau2);
        w.Number("i2", f.I2);
        w.Number("h2", f.H2);
        w.Number("q", f.Q);
        w.WriteNumber("q_df", f.QDf);
        w.Number("q_p", f.QP);
        w.WriteBoolean("converged", f.Tau2.Converged);
    }

    private static void Rows(Utf8JsonWriter w, IReadOnlyList<RowDisposition> rows)
    {
        w.WriteStartArray("rows");
        foreach (var d in rows)
        {
            w.WriteStartObject();
            w.WriteNumber("line", d.Row.Line);
            w.WriteString("study", d.Row.StudyId);
            w.WriteString("outcome", d.Row.Outcome);
            w.WriteNumber("timepoint_months", d.Row.TimepointMonths);
            w.WriteString("arm", d.Row.Arm);
            w.WriteString("status", Status(d.Status));
            if (d.Analysis is { } id)
            {
                w.WriteString("analysis", id);
            }
            else
            {
                w.WriteNull("analysis");
            }

            w.WriteString("reason", d.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Published(Utf8JsonWriter w, IReadOnlyList<PublishedFigure> published)
    {
        w.WriteStartArray("published");
        foreach (var p in published)
        {
            w.WriteStartObject();
            w.WriteString("source_id", p.SourceId);
            w.WriteString("citation", p.Citation);
            w.WriteString("comparison", p.Comparison);
            w.WriteString("outcome", p.Outcome);
            w.Number("timepoint_months", p.TimepointMonths);
            w.Number("studies", p.Studies);
            w.Number("patients", p.Patients);
            w.WriteString("model", p.Model);
            w.WriteString("measure", p.Measure);
            w.Number("estimate", p.Estimate);
            w.Number("ci_lower", p.CiLower);
            w.Number("ci_upper", p.CiUpper);
            w.WriteString("p", p.P);
            w.WriteString("heterogeneity_p", p.HeterogeneityP);
            w.WriteString("source", p.Source);
            w.WriteString("status", "published, not recomputed");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Status(RowStatus s) => s switch
    {
        RowStatus.Pooled => "pooled",
        RowStatus.NotPooled => "not_pooled",
        RowStatus.ExcludedOverlap => "excluded_overlap",
        RowStatus.ExcludedControlArm => "excluded_control_arm",
        RowStatus.Superseded => "superseded",
        _ => "not_synthesised",
    };
}
