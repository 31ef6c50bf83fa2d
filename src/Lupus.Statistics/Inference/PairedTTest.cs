using MathNet.Numerics.Distributions;

namespace Lupus.Statistics.Inference;

/// <summary>Paired t-test of after - before.</summary>
/// <param name="N">Complete pairs.</param>
/// <param name="MeanDifference">Mean of after - before.</param>
/// <param name="StdDevDifference">Sample standard deviation of the differences (n - 1).</param>
/// <param name="T">t statistic.</param>
/// <param name="DegreesOfFreedom">n - 1.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Lower">Lower confidence limit of the mean difference.</param>
/// <param name="Upper">Upper confidence limit of the mean difference.</param>
public sealed record PairedTTest(int N, double MeanDifference, double StdDevDifference, double T, int DegreesOfFreedom, double P, double Lower, double Upper)
{
    /// <summary>Tests the mean of <paramref name="after"/> - <paramref name="before"/> against zero.</summary>
    /// <remarks>Student's paired t; R: <c>t.test(after, before, paired = TRUE)</c>.</remarks>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 pairs, or the differences are all equal.</exception>
    public static PairedTTest Compute(ReadOnlySpan<double> before, ReadOnlySpan<double> after, double level = 0.95)
    {
        if (before.Length != after.Length)
        {
            throw new ArgumentException("Before and after must have the same length.", nameof(after));
        }

        var n = before.Length;
        if (n < 2)
        {
            throw new ArgumentException("A paired t-test needs at least 2 pairs.", nameof(before));
        }

        double mean = 0;
        for (var i = 0; i < n; i++)
        {
            mean += after[i] - before[i];
        }

        mean /= n;
        double ss = 0;
        for (var i = 0; i < n; i++)
        {
            var d = after[i] - before[i] - mean;
            ss += d * d;
        }

        var sd = Math.Sqrt(ss / (n - 1));
        if (sd == 0)
        {
            throw new ArgumentException("The differences are all equal: the t statistic is undefined.", nameof(after));
        }

        var se = sd / Math.Sqrt(n);
        var t = mean / se;
        var df = n - 1;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var q = StudentT.InvCDF(0, 1, df, 1 - ((1 - level) / 2));
        return new PairedTTest(n, mean, sd, t, df, p, mean - (q * se), mean + (q * se));
    }
}
