namespace Lupus.Statistics.Meta;

/// <summary>
/// Scoring steps of the intercept-only model from weighted sums, without forming P: with wᵢ = 1/(vᵢ + τ²) and
/// rᵢ = yᵢ − μ̂, Py = w∘r, tr P = Σw − Σw²/Σw and tr PP = Σw² − 2Σw³/Σw + (Σw²/Σw)².
/// </summary>
/// <remarks>The steps equal those of the general P-matrix formulas (to rounding); this is the hot path of batch runs.</remarks>
internal static class InterceptScoring
{
    /// <summary>Fisher step score/information for ML (<paramref name="restricted"/> false) or REML.</summary>
    public static double LikelihoodStep(bool restricted, ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        var (s1, s2, s3, mean) = Sums(y, v, tau2);
        var pyNorm2 = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var wr = (y[i] - mean) / (v[i] + tau2);
            pyNorm2 += wr * wr;
        }

        if (!restricted)
        {
            return (pyNorm2 - s1) / s2;
        }

        var ratio = s2 / s1;
        return (pyNorm2 - (s1 - ratio)) / (s2 - (2 * s3 / s1) + (ratio * ratio));
    }

    /// <summary>Morris's empirical Bayes step (Q·k/(k − 1) − k)/Σw.</summary>
    public static double EmpiricalBayesStep(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        var k = y.Length;
        var (s1, _, _, mean) = Sums(y, v, tau2);
        var q = 0.0;
        for (var i = 0; i < k; i++)
        {
            q += (y[i] - mean) * (y[i] - mean) / (v[i] + tau2);
        }

        return ((q * k / (k - 1)) - k) / s1;
    }

    private static (double S1, double S2, double S3, double Mean) Sums(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        double s1 = 0, s2 = 0, s3 = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            s1 += w;
            s2 += w * w;
            s3 += w * w * w;
            swy += w * y[i];
        }

        return (s1, s2, s3, swy / s1);
    }
}
