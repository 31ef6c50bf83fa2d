using MathNet.Numerics.Distributions;

namespace Lupus.Statistics.Inference;

/// <summary>Wilcoxon signed-rank test of paired differences after - before.</summary>
/// <param name="N">Pairs with a non-zero difference (those ranked).</param>
/// <param name="V">Sum of the ranks of the positive differences.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Exact">True when the p-value is from the exact null distribution.</param>
public sealed record WilcoxonSignedRank(int N, double V, double P, bool Exact)
{
    /// <summary>Below this many pairs, without ties or zeros, the exact distribution is used (as R does).</summary>
    public const int ExactLimit = 50;

    /// <summary>Tests whether the differences are symmetric about zero.</summary>
    /// <remarks>
    /// Wilcoxon F. Biometrics Bulletin 1945;1:80-83. Zero differences are dropped; ties get mid-ranks. Exact
    /// p-value when fewer than 50 pairs remain and there are no ties or zeros (the null distribution by counting
    /// subsets of ranks); otherwise the normal approximation with tie correction and continuity correction.
    /// R: <c>wilcox.test(after, before, paired = TRUE)</c> with its defaults.
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ or no difference is non-zero.</exception>
    public static WilcoxonSignedRank Compute(ReadOnlySpan<double> before, ReadOnlySpan<double> after)
    {
        if (before.Length != after.Length)
        {
            throw new ArgumentException("Before and after must have the same length.", nameof(after));
        }

        var differences = new List<double>(before.Length);
        for (var i = 0; i < before.Length; i++)
        {
            var d = after[i] - before[i];
            if (d != 0)
            {
                differences.Add(d);
            }
        }

        var hadZeros = differences.Count < before.Length;
        var n = differences.Count;
        if (n == 0)
        {
            throw new ArgumentException("Every difference is zero: nothing to rank.", nameof(after));
        }

        var order = differences.Select(Math.Abs).Order().ToArray();
        var (ranks, tieSum) = MidRanks(order);
        double v = 0;
        foreach (var d in differences)
        {
            if (d > 0)
            {
                v += ranks[Math.Abs(d)];
            }
        }

        if (n < ExactLimit && tieSum == 0 && !hadZeros)
        {
            return new WilcoxonSignedRank(n, v, ExactP(v, n), true);
        }

        var mean = n * (n + 1) / 4.0;
        var sigma = Math.Sqrt((n * (n + 1) * ((2 * n) + 1) / 24.0) - (tieSum / 48.0));
        var z = v - mean;
        z = (z - (Math.Sign(z) * 0.5)) / sigma;
        return new WilcoxonSignedRank(n, v, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))), false);
    }

    private static (Dictionary<double, double> Ranks, double TieSum) MidRanks(double[] sorted)
    {
        var ranks = new Dictionary<double, double>();
        double tieSum = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[i])
            {
                j++;
            }

            ranks[sorted[i]] = (i + j + 2) / 2.0;
            double t = j - i + 1;
            tieSum += (t * t * t) - t;
            i = j + 1;
        }

        return (ranks, tieSum);
    }

    /// <summary>Two-sided exact p: twice the smaller tail of the signed-rank distribution at V, at most 1.</summary>
    private static double ExactP(double v, int n)
    {
        var max = n * (n + 1) / 2;
        var counts = new double[max + 1];
        counts[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            for (var s = max; s >= k; s--)
            {
                counts[s] += counts[s - k];
            }
        }

        var total = Math.Pow(2, n);
        var statistic = (int)v;
        double lower = 0, upper = 0;
        for (var s = 0; s <= max; s++)
        {
            if (s <= statistic)
            {
                lower += counts[s];
            }

            if (s >= statistic)
            {
                upper += counts[s];
            }
        }

        return Math.Min(1, 2 * Math.Min(lower, upper) / total);
    }
}
