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
    private const int MaxIterations = 200;

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
            Tau2Estimator.ML or Tau2Estimator.REML => Likelihood(estimator == Tau2Estimator.REML, y, v, x, p),
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

    private static Tau2Estimate Likelihood(bool restricted, double[] y, double[] v, double[] x, int p)
    {
        // Fisher scoring from the truncated Hedges estimate. Scoring converges slowly when it keeps approaching from one
        // side, so a longer secant step through the last two scores is taken when it points the same way (at most 10
        // Fisher steps). Steps below 0 are halved. Once the score changes sign, the bracketed root of the score is
        // polished by a safeguarded search. The restricted likelihood can have a local maximum at 0 besides an interior
        // one: when the score at 0 is not positive, the boundary is kept as a candidate and the higher likelihood wins.
        var tau2 = Math.Max(0, HedgesRaw(y, v, x, p).Raw);
        double? previous = null, previousScore = null, boundary = null;
        double Score(double t) => ScoreAndInformation(restricted, WeightedModel.FitAt(y, v, t, x, p)).Score;
        Tau2Estimate Best(double root, string method, int used)
        {
            var fit = WeightedModel.FitAt(y, v, root, x, p);
            return boundary is { } b && b > LogLikelihood(restricted, fit, v, root)
                ? Finish(restricted, WeightedModel.FitAt(y, v, 0, x, p), 0, method, used)
                : Finish(restricted, fit, root, method, used);
        }

        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var m = WeightedModel.FitAt(y, v, tau2, x, p);
            var (score, information) = ScoreAndInformation(restricted, m);
            if (tau2 == 0 && score <= 0)
            {
                return Finish(restricted, m, 0, "fisher-scoring", iteration);
            }

            if (previous is { } t0 && previousScore is { } s0 && Math.Sign(s0) != Math.Sign(score) && score != 0)
            {
                var (root, used) = t0 < tau2 ? RootFinder.Solve(Score, t0, tau2, s0, score) : RootFinder.Solve(Score, tau2, t0, score, s0);
                return Best(root, "fisher-scoring-bracketed", iteration + used);
            }

            var step = score / information;
            if (previous is { } tp && previousScore is { } sp && sp != score)
            {
                var secant = -score * (tau2 - tp) / (score - sp);
                step = Math.Sign(secant) == Math.Sign(step) && Math.Abs(secant) > Math.Abs(step) ? Math.Sign(step) * Math.Min(Math.Abs(secant), 10 * Math.Abs(step)) : step;
            }

            if (tau2 + step < 0 && boundary is null && Score(0) <= 0)
            {
                boundary = LogLikelihood(restricted, WeightedModel.FitAt(y, v, 0, x, p), v, 0);
            }

            for (var halving = 0; tau2 + step < 0 && halving < 60; halving++)
            {
                step /= 2;
            }

            if (boundary is not null && tau2 + step < 1e-12)
            {
                return Finish(restricted, WeightedModel.FitAt(y, v, 0, x, p), 0, "fisher-scoring", iteration);
            }

            var candidate = tau2 + step;
            if (!double.IsFinite(candidate) || candidate < 0)
            {
                break;
            }

            if (Math.Abs(candidate - tau2) <= 1e-12 * Math.Max(1, tau2))
            {
                return Best(candidate, "fisher-scoring", iteration);
            }

            (previous, previousScore, tau2) = (tau2, score, candidate);
        }

        return Fallback(restricted, y, v, x, p, MaxIterations);
    }

    private static Tau2Estimate Fallback(bool restricted, double[] y, double[] v, double[] x, int p, int used)
    {
        // The log-likelihood is unimodal in τ² for these models: a sign change of the score brackets the maximum.
        double Score(double t) => ScoreAndInformation(restricted, WeightedModel.FitAt(y, v, t, x, p)).Score;
        if (Score(0) <= 0)
        {
            return Finish(restricted, WeightedModel.FitAt(y, v, 0, x, p), 0, "bracketed-search", used);
        }

        var root = RootFinder.SolveDecreasing(Score, Math.Max(Variance(y), 1e-4));
        return root is { } r
            ? Finish(restricted, WeightedModel.FitAt(y, v, r.Root, x, p), r.Root, "bracketed-search", used + r.Iterations)
            : new(double.NaN, null, false, "bracketed-search", used);
    }

    private static Tau2Estimate GeneralisedQ(double[] y, double[] v, double[] x, int p)
    {
        var df = y.Length - p;
        double Excess(double t) => WeightedModel.FitAt(y, v, t, x, p).Rss - df;
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

    private static Tau2Estimate Finish(bool restricted, WeightedModel m, double tau2, string method, int iterations)
    {
        var information = ScoreAndInformation(restricted, m).Information;
        return new(tau2, Math.Sqrt(1 / information), true, method, iterations);
    }

    /// <summary>(Restricted) log-likelihood up to a constant: −½(Σ log(vᵢ + τ²) + log det X'WX [REML] + y'Py).</summary>
    private static double LogLikelihood(bool restricted, WeightedModel m, double[] v, double tau2)
    {
        var sum = m.Rss;
        foreach (var vi in v)
        {
            sum += Math.Log(vi + tau2);
        }

        return -0.5 * (restricted ? sum + m.LogDetInformation : sum);
    }

    /// <summary>Score and expected information of the (restricted) log-likelihood in τ² (Viechtbauer 2005, eqs. 9-12).</summary>
    private static (double Score, double Information) ScoreAndInformation(bool restricted, WeightedModel m)
    {
        if (restricted)
        {
            return (0.5 * (m.PyNorm2 - m.TraceP), 0.5 * m.TracePP);
        }

        double trW = 0, trW2 = 0;
        foreach (var w in m.Weights)
        {
            trW += w;
            trW2 += w * w;
        }

        return (0.5 * (m.PyNorm2 - trW), 0.5 * trW2);
    }

    private static double Variance(ReadOnlySpan<double> y)
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
