namespace Lupus.Statistics.Meta;

/// <summary>ML and REML estimation of τ²: Fisher scoring with safeguards, and a bracketed search as fallback.</summary>
/// <remarks>Score and information from Viechtbauer (2005), eqs. 9-12; R: <c>metafor::rma(method = "ML" | "REML")</c>.</remarks>
internal static class LikelihoodSolver
{
    private const int MaxIterations = 200;

    public static Tau2Estimate Solve(bool restricted, double[] y, double[] v, double[] x, int p)
    {
        // metafor's default iteration first, so that its answer (stopped at a change below 1e-5) is reproduced.
        var start = Math.Max(0, Tau2Solver.HedgesRaw(y, v, x, p).Raw);
        double Step(double t) =>
            p == 1 ? InterceptScoring.LikelihoodStep(restricted, y, v, t) : WeightedModel.ScoringStep(restricted, y, v, t, x, p);

        if (FisherScoring.Run(Step, start) is not { } scored)
        {
            return SolveSafeguarded(restricted, y, v, x, p);
        }

        // Scoring can settle on a local maximum inside while the boundary is higher; metafor then reports τ² = 0. An
        // iterate within the threshold of 0 is kept as it is: there, so does metafor (observed on 6,000 random fits).
        var fit = WeightedModel.FitAt(y, v, scored.Tau2, x, p);
        var atZero = WeightedModel.FitAt(y, v, 0, x, p);
        return scored.Tau2 > FisherScoring.Threshold && LogLikelihood(restricted, atZero, v, 0) > LogLikelihood(restricted, fit, v, scored.Tau2)
            ? Finish(restricted, atZero, 0, "fisher-scoring", scored.Iterations)
            : Finish(restricted, fit, scored.Tau2, "fisher-scoring", scored.Iterations);
    }

    /// <summary>Scoring with acceleration, bracketing and a fallback search, for fits metafor's iteration does not finish.</summary>
    private static Tau2Estimate SolveSafeguarded(bool restricted, double[] y, double[] v, double[] x, int p)
    {
        // Fisher scoring from the truncated Hedges estimate. Scoring converges slowly when it keeps approaching from one
        // side, so a longer secant step through the last two scores is taken when it points the same way (at most 10
        // Fisher steps). Steps below 0 are halved. Once the score changes sign, the bracketed root of the score is
        // polished by a safeguarded search. The restricted likelihood can have a local maximum at 0 besides an interior
        // one: when the score at 0 is not positive, the boundary is kept as a candidate and the higher likelihood wins.
        var tau2 = Math.Max(0, Tau2Solver.HedgesRaw(y, v, x, p).Raw);
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

        var root = RootFinder.SolveDecreasing(Score, Math.Max(Tau2Solver.Variance(y), 1e-4));
        return root is { } r
            ? Finish(restricted, WeightedModel.FitAt(y, v, r.Root, x, p), r.Root, "bracketed-search", used + r.Iterations)
            : new(double.NaN, null, false, "bracketed-search", used);
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
}
