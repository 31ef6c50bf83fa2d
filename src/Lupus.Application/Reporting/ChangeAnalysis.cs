using Lupus.Application.Endpoints;
using Lupus.Statistics.Inference;
using Lupus.Trials.Reporting;
using MathNet.Numerics.Distributions;

namespace Lupus.Application.Reporting;

/// <summary>Trajectories (mean and 95% CI by month) and paired change from baseline with t and Wilcoxon tests.</summary>
internal static class ChangeAnalysis
{
    public static Trajectory Trajectory(IReadOnlyList<Dictionary<int, double>> values, Measure measure)
    {
        var points = new List<TrajectoryPoint>();
        foreach (var month in MonthValues.MonthsWithBaseline)
        {
            var x = values.Where(v => v.ContainsKey(month)).Select(v => v[month]).ToArray();
            if (x.Length < 2)
            {
                continue;
            }

            var s = Summary.Of([.. x.Select(v => (double?)v)]);
            var half = StudentT.InvCDF(0, 1, x.Length - 1, 0.975) * s.StdDev / Math.Sqrt(x.Length);
            points.Add(new TrajectoryPoint(month, x.Length, s.Mean, s.Mean - half, s.Mean + half));
        }

        return new Trajectory(measure.Name, measure.Unit, points);
    }

    public static IEnumerable<PairedChange> Changes(IReadOnlyList<Dictionary<int, double>> values, Measure measure)
    {
        foreach (var month in MonthValues.MonthsWithBaseline.Skip(1))
        {
            var pairs = values.Where(v => v.ContainsKey(0) && v.ContainsKey(month)).Select(v => (Before: v[0], After: v[month])).ToArray();
            var before = pairs.Select(p => p.Before).ToArray();
            var after = pairs.Select(p => p.After).ToArray();
            // Both tests need at least two pairs and some variation in the differences.
            if (pairs.Length < 2 || pairs.All(p => p.After - p.Before == pairs[0].After - pairs[0].Before))
            {
                continue;
            }

            var t = PairedTTest.Compute(before, after);
            var w = WilcoxonSignedRank.Compute(before, after);
            yield return new PairedChange(
                measure.Name, measure.Unit, month, pairs.Length, before.Average(), after.Average(), t.MeanDifference, t.Lower, t.Upper, t.P, w.V, w.P, w.Exact);
        }
    }

    public static List<Dictionary<int, double>> Values(IReadOnlyList<DerivedPatient> patients, Measure measure) =>
        [.. patients.Select(p => MonthValues.Of(p.Data, measure))];
}
