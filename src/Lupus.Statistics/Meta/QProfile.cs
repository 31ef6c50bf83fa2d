namespace Lupus.Statistics.Meta;

/// <summary>Q-profile confidence interval for τ² (Viechtbauer 2007), as <c>metafor::confint.rma.uni</c>.</summary>
/// <remarks>
/// The generalised Q(τ²) = y'P(τ²)y decreases in τ²; the bounds solve Q = χ²(1 − α/2) and Q = χ²(α/2) on k − p df.
/// A bound whose equation has no solution on [0, ∞) (Q(0) already below the quantile) is 0.
/// </remarks>
internal static class QProfile
{
    public static (double Lower, double Upper) Interval(double[] y, double[] v, double[] x, int p, double alpha)
    {
        var df = y.Length - p;
        double Q(double tau2) => p == 1 ? WeightedModel.InterceptRss(y, v, tau2) : WeightedModel.FitAt(y, v, tau2, x, p).Rss;
        var q0 = Q(0);
        return (Bound(Q, q0, Inference.ChiSquaredQuantile(1 - (alpha / 2), df), y),
                Bound(Q, q0, Inference.ChiSquaredQuantile(alpha / 2, df), y));
    }

    private static double Bound(Func<double, double> q, double q0, double target, double[] y)
    {
        if (q0 <= target)
        {
            return 0;
        }

        var spread = y.Max() - y.Min();
        var root = RootFinder.SolveDecreasing(t => q(t) - target, spread * spread);
        return root?.Root ?? double.PositiveInfinity;
    }
}
