namespace Lupus.Statistics.Inference;

/// <summary>Descriptive summary of one variable, with the display rule for Table 1.</summary>
/// <param name="N">Non-missing values.</param>
/// <param name="Missing">Missing values.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StdDev">Sample standard deviation (n - 1); NaN when n = 1.</param>
/// <param name="Median">Median (R type 7).</param>
/// <param name="Q1">First quartile (R type 7).</param>
/// <param name="Q3">Third quartile (R type 7).</param>
/// <param name="Skewness">Moment skewness g1 = m3 / m2^1.5; 0 when all values are equal.</param>
public sealed record Summary(int N, int Missing, double Mean, double StdDev, double Median, double Q1, double Q3, double Skewness)
{
    /// <summary>Absolute skewness above which a variable is shown as median [IQR].</summary>
    public const double SkewnessLimit = 1.0;

    /// <summary>
    /// Table 1 rule: mean ± SD when |g1| ≤ 1 and n ≥ 3, otherwise median [IQR] (a skewed or tiny sample).
    /// </summary>
    public bool ShowMedian => N < 3 || Math.Abs(Skewness) > SkewnessLimit;

    /// <summary>Summarises the values, null entries counted as missing.</summary>
    /// <remarks>R: <c>mean</c>, <c>sd</c>, <c>quantile(type = 7)</c>; g1 as <c>mean((x - m)^3) / mean((x - m)^2)^1.5</c>.</remarks>
    /// <exception cref="ArgumentException">No value is present.</exception>
    public static Summary Of(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var x = values.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        if (x.Length == 0)
        {
            throw new ArgumentException("No value is present.", nameof(values));
        }

        var n = x.Length;
        var mean = x.Average();
        double m2 = 0, m3 = 0;
        foreach (var v in x)
        {
            var d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }

        var sd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : double.NaN;
        var skew = m2 == 0 ? 0 : m3 / n / Math.Pow(m2 / n, 1.5);
        return new Summary(n, values.Count - n, mean, sd, Quantile(x, 0.5), Quantile(x, 0.25), Quantile(x, 0.75), skew);
    }

    /// <summary>R type 7 quantile of sorted values: x[h] + (h - floor h)(x[h+1] - x[h]), h = (n - 1)p.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
