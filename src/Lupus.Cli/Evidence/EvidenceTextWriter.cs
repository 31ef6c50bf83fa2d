using Lupus.Reports.Evidence;

namespace Lupus.Cli.Evidence;

/// <summary>The readable summary of <c>lupus evidence</c> (standard output by default).</summary>
internal static class EvidenceTextWriter
{
    public static void Write(TextWriter w, EvidenceResult r)
    {
        var o = r.Options;
        w.WriteLine($"Evidence synthesis: {r.Rows.Count} rows, {r.Rows.Select(d => d.Row.StudyId).Distinct(StringComparer.Ordinal).Count()} studies; " +
            $"{o.Meta.Estimator}, {EvidenceFormat.Compact(o.Meta.Level)}% intervals; assumed pre-post r = {EvidenceFormat.Compact(o.Correlation)}");
        foreach (var a in r.Analyses)
        {
            w.WriteLine();
            w.WriteLine($"{a.Analysis.Title}: {a.Rows.Count} studies, {a.Fits[0].Studies.Sum(s => s.Size):0} patients ({a.Analysis.Definition})");
            foreach (var f in a.Fits)
            {
                w.WriteLine($"  {EvidenceFormat.MeasureName(f, a.Analysis.Unit),-40} {EvidenceFormat.Estimate(f)}  PI {EvidenceFormat.Prediction(f)}  {EvidenceFormat.Heterogeneity(f.Fit)}");
            }

            foreach (var s in a.Fits[0].Studies)
            {
                w.WriteLine($"    {s.Row.Label,-30} line {s.Row.Line,3}  {s.Row.Outcome}{(s.Count is { } c ? $"  {c:0}/{s.Size:0}" : $"  n = {s.Size:0}")}");
            }

            foreach (var m in a.Sensitivity.Select(s => s.Measure).Distinct())
            {
                var points = a.Sensitivity.Where(s => s.Measure == m).Select(s => $"r={EvidenceFormat.Compact(s.Correlation)}: {EvidenceFormat.Number(s.Fit.Estimate)}");
                w.WriteLine($"  sensitivity {m}: {string.Join(", ", points)}");
            }
        }

        foreach (var s in r.Skipped)
        {
            w.WriteLine();
            w.WriteLine($"{s.Analysis.Title}: not pooled ({s.Reason})");
        }

        w.WriteLine();
        w.WriteLine("Published pooled figures (published, not recomputed):");
        foreach (var p in r.Published)
        {
            var estimate = p.Estimate is { } e ? $"{p.Measure} {EvidenceFormat.Number(e)} [{EvidenceFormat.Number(p.CiLower ?? double.NaN)}, {EvidenceFormat.Number(p.CiUpper ?? double.NaN)}]" : "estimate not held";
            w.WriteLine($"  {p.SourceId}: {p.Comparison}; {p.Outcome}{(p.TimepointMonths is { } t ? $" at {EvidenceFormat.Compact(t)} mo" : "")}; " +
                $"{p.Studies} studies{(p.Patients is { } n ? $", {n} patients" : "")}; {estimate}");
        }

        w.WriteLine();
        w.WriteLine("Rows not pooled:");
        foreach (var d in r.Rows.Where(d => d.Status != RowStatus.Pooled))
        {
            w.WriteLine($"  line {d.Row.Line,3}  {d.Row.StudyId,-15} {d.Row.Outcome,-28} {EvidenceFormat.Status(d.Status)}: {d.Reason}");
        }
    }
}
