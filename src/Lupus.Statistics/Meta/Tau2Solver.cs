namespace Lupus.Statistics.Meta;

/// <summary>The τ² estimators of <c>metafor::rma.uni</c>, written with the residual-maker P.</summary>
/// <remarks>
/// DL: DerSimonian and Laird (1986); HE and ML/REML: Viechtbauer (2005); HS: Hunter and Schmidt (2004);
/// SJ: Sidik and Jonkman (2005); PM: Paule and Mandel (1982); EB: Morris (1983), whose fixed point is the
/// PM equation y'P(τ²)y = k − p; EB and ML/REML run metafor's scoring iteration and PM its default Brent search, so
/// that the stopped iterates match metafor's defaults (docs/meta-analysis.md). Standard errors of the moment estimators are those of a quadratic form
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
            _ => GeneralisedQ(estimator, y, v, x, p),
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

    private static Tau2Estimate GeneralisedQ(Tau2Estimator estimator, double[] y, double[] v, double[] x, int p)
    {
        int k = y.Length, df = k - p;
        double Q(double t) => p == 1 ? WeightedModel.InterceptRss(y, v, t) : WeightedModel.FitAt(y, v, t, x, p).Rss;
        var solved = estimator == Tau2Estimator.EB ? EmpiricalBayes(y, v, x, p) : PauleMandel(t => Q(t) - df, y);
        if (solved is not { } root)
        {
            return new(double.NaN, null, false, estimator == Tau2Estimator.EB ? "fisher-scoring" : "bracketed-root", 0);
        }

        // Morris (1983): Var(τ̂²) ≈ 2k² / ((k − p)(Σwᵢ)²) with wᵢ = 1/(vᵢ + τ̂²).
        var sumW = 0.0;
        foreach (var vi in v)
        {
            sumW += 1 / (vi + root.Tau2);
        }

        var method = estimator == Tau2Estimator.EB && root.Iterations > 0 ? "fisher-scoring" : "bracketed-root";
        return new(root.Tau2, Math.Sqrt(2.0 * k * k / df) / sumW, true, method, root.Iterations);
    }

    /// <summary>
    /// Morris's estimator by metafor's scoring: τ² += (Q(τ²)·k/(k − p) − k) / Σwᵢ from the truncated Hedges estimate,
    /// falling back to the root of Q(τ²) = k − p when the iteration does not finish.
    /// </summary>
    private static (double Tau2, int Iterations)? EmpiricalBayes(double[] y, double[] v, double[] x, int p)
    {
        int k = y.Length, df = k - p;
        double Step(double t)
        {
            if (p == 1)
            {
                return InterceptScoring.EmpiricalBayesStep(y, v, t);
            }

            var m = WeightedModel.FitAt(y, v, t, x, p);
            var sumW = 0.0;
            foreach (var w in m.Weights)
            {
                sumW += w;
            }

            return ((m.Rss * k / df) - k) / sumW;
        }

        return FisherScoring.Run(Step, Math.Max(0, HedgesRaw(y, v, x, p).Raw))
            ?? PauleMandel(t => (p == 1 ? WeightedModel.InterceptRss(y, v, t) : WeightedModel.FitAt(y, v, t, x, p).Rss) - df, y);
    }

    /// <summary>
    /// Root of the decreasing excess Q(τ²) − (k − p) as metafor's default: Brent on [0, max(100, 10·mad(y)²)] with
    /// tolerance ε^¼; 0 when the excess at 0 is negative; an expanding bracket when the upper end is too low.
    /// </summary>
    private static (double Tau2, int Iterations)? PauleMandel(Func<double, double> excess, double[] y)
    {
        var f0 = excess(0);
        if (f0 < 0)
        {
            return (0, 1);
        }

        var mad = Descriptive.Mad(y);
        var hi = Math.Max(100, 10 * mad * mad);
        var fHi = excess(hi);
        return fHi <= 0
            ? BrentZero.Solve(excess, 0, hi, f0, fHi, BrentZero.DefaultTolerance, FisherScoring.MaxIterations)
            : RootFinder.SolveDecreasing(excess, hi);
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
