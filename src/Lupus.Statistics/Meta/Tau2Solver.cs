namespace Lupus.Statistics.Meta;

/// <summary>The τ² estimators of <c>metafor::rma.uni</c>, written with the residual-maker P.</summary>
/// <remarks>
/// DL: DerSimonian and Laird (1986); HE and ML/REML: Viechtbauer (2005); HS: Hunter and Schmidt (2004);
/// SJ: Sidik and Jonkman (2005); PM: Paule and Mandel (1982); EB: Morris (1983), which solves the same
/// equation y'P(τ²)y = k − p as PM. Standard errors of the moment estimators are those of a quadratic form
/// in normal variables, Var(y'Ay) = 2 tr(AΣAΣ) with Σ = V + τ²I; ML/REML/EB/PM use the inverse information.
/// </remarks>
internal static class Tau2Solver
{
    public static Tau2Estimate Estimate(Tau2Estimator estimator, double[] y, double[] v, double[] x, int p)
    {
        var k = y.Length;
        if (estimator == Tau2Estimator.FE || k <= p)
        {
            return new(0, null, true, "closed-form", 0);
        }

        return estimator switch
        {
            Tau2Estimator.DL or Tau2Estimator.HS => MomentWeighted(estimator, y, v, x, p),
            Tau2Estimator.HE => Hedges(y, v, x, p),
            Tau2Estimator.SJ => SidikJonkman(y, v, x, p),
            Tau2Estimator.ML or Tau2Estimator.REML => LikelihoodSolver.Solve(estimator == Tau2Estimator.REML, y, v, x, p),
            _ => GeneralisedQ(y, v, x, p),
        };
    }

    private static Tau2Estimate MomentWeighted(Tau2Estimator estimator, ReadOnlySpan<double> y, ReadOnlySpan<double> v, double[] x, int p)
    {
        int k = y.Length, df = k - p;
        var m = WeightedModel.FitAt(y, v, 0, x, p);
        var trP = m.TraceP;
        var sumW = 0.0;
        foreach (var vi in v)
        {
            sumW += 1 / vi;
        }

        var (raw, denominator) = estimator == Tau2Estimator.DL ? ((m.Rss - df) / trP, trP) : ((m.Rss - k) / sumW, sumW);
        var tau2 = Math.Max(0, raw);
        var variance = (2 * df) + (4 * tau2 * trP) + (2 * tau2 * tau2 * m.TracePP);
        return new(tau2, Math.Sqrt(variance) / denominator, true, "closed-form", 0);
    }

    private static Tau2Estimate Hedges(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double[] x, int p)
    {
        var (raw, ols) = HedgesRaw(y, v, x, p);
        var tau2 = Math.Max(0, raw);
        var df = y.Length - p;
        return new(tau2, Math.Sqrt(QuadraticFormVariance(ols, v, tau2)) / df, true, "closed-form", 0);
    }

    /// <summary>Untruncated Hedges estimate and the OLS fit it comes from.</summary>
    internal static (double Raw, WeightedModel Ols) HedgesRaw(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double[] x, int p)
    {
        var ones = new double[y.Length];
        Array.Fill(ones, 1.0);
        var ols = WeightedModel.Fit(y, ones, x, p);
        var trPV = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            trPV += ols.DiagonalP(i) * v[i];
        }

        return ((ols.Rss - trPV) / (y.Length - p), ols);
    }

    private static Tau2Estimate SidikJonkman(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double[] x, int p)
    {
        // The starting value is the variance of the effects around their plain mean, with or without moderators.
        var tau0 = Variance(y);
        var m = WeightedModel.FitAt(y, v, tau0, x, p);
        var df = y.Length - p;
        var tau2 = Math.Max(0, tau0 * m.Rss / df);
        return new(tau2, tau0 / df * Math.Sqrt(QuadraticFormVariance(m, v, tau2)), true, "closed-form", 0);
    }

    /// <summary>Var(y'Py) for y ~ N(Xβ, V + τ²I): 2 tr(PVPV) + 4τ² tr(PVP) + 2τ⁴ tr(PP).</summary>
    private static double QuadraticFormVariance(WeightedModel m, ReadOnlySpan<double> v, double tau2)
    {
        int k = m.K;
        double pvpv = 0, pvp = 0, pp = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var sq = m.Pm[(i * k) + j] * m.Pm[(i * k) + j];
                pvpv += sq * v[i] * v[j];
                pvp += sq * v[j];
                pp += sq;
            }
        }

        return (2 * pvpv) + (4 * tau2 * pvp) + (2 * tau2 * tau2 * pp);
    }

    private static Tau2Estimate GeneralisedQ(double[] y, double[] v, double[] x, int p)
    {
        var df = y.Length - p;
        double Excess(double t) => (p == 1 ? WeightedModel.InterceptRss(y, v, t) : WeightedModel.FitAt(y, v, t, x, p).Rss) - df;
        var tau2 = 0.0;
        var iterations = 1;
        if (Excess(0) > 0)
        {
            if (RootFinder.SolveDecreasing(Excess, Math.Max(Variance(y), 1e-4)) is not { } root)
            {
                return new(double.NaN, null, false, "bracketed-root", 0);
            }

            (tau2, iterations) = root;
        }

        // Morris (1983): Var(τ̂²) ≈ 2k² / ((k − p)(Σwᵢ)²) with wᵢ = 1/(vᵢ + τ̂²).
        var sumW = WeightedModel.FitAt(y, v, tau2, x, p).Weights.Sum();
        return new(tau2, Math.Sqrt(2.0 * y.Length * y.Length / df) / sumW, true, "bracketed-root", iterations);
    }

    internal static double Variance(ReadOnlySpan<double> y)
    {
        double mean = 0, ss = 0;
        foreach (var value in y)
        {
            mean += value / y.Length;
        }

        foreach (var value in y)
        {
            ss += (value - mean) * (value - mean);
        }

        return ss / y.Length;
    }
}
