namespace Lupus.Statistics.Meta;

/// <summary>Q-profile confidence interval for τ² (Viechtbauer 2007), as <c>metafor::confint.rma.uni</c>.</summary>
/// <remarks>
/// The generalised Q(τ²) = y'P(τ²)y decreases in τ²; the bounds solve Q = χ²(1 − α/2) and Q = χ²(α/2) on k − p df.
/// A bound whose equation has no root on [0, ∞) (Q(0) already below the quantile) is 0; one beyond the search end is
/// reported as that end, as metafor does (it marks it "/// A bound whose equation has no solution on [0, ∞) (Q(0) already below the quantile) is 0.gt;").
/// </remarks>
internal static class QProfile
{
    /// <summary>The bounds for the model's estimate <paramref name="tau2"/>, which sets the upper search end.</summary>
    public static (double Lower, double Upper) Interval(double[] y, double[] v, double[] x, int p, double alpha, double tau2)
    {
        var df = y.Length - p;
        double Q(double t) => p == 1 ? WeightedModel.InterceptRss(y, v, t) : WeightedModel.FitAt(y, v, t, x, p).Rss;
        var hi = Math.Max(100, 10 * tau2);
        double q0 = Q(0), qHi = Q(hi);
        return (Bound(Q, q0, qHi, hi, Inference.ChiSquaredQuantile(1 - (alpha / 2), df)),
                Bound(Q, q0, qHi, hi, Inference.ChiSquaredQuantile(alpha / 2, df)));
    }

    /// <summary>
    /// As <c>confint</c> by default: 0 when Q(0) is below the target, the search end when Q there is still above it,
    /// otherwise Brent's root of Q − target on [0, max(100, 10τ̂²)] with tolerance ε^¼ (at most 1000 iterations).
    /// </summary>
    private static double Bound(Func<double, double> q, double q0, double qHi, double hi, double target)
    {
        if (q0 < target)
        {
            return 0;
        }

        if (qHi > target)
        {
            return hi;
        }

        return BrentZero.Solve(t => q(t) - target, 0, hi, q0 - target, qHi - target, BrentZero.DefaultTolerance, 1000)?.Root ?? double.NaN;
    }
}
