namespace Lupus.Statistics.Survival;

/// <summary>Cox proportional hazards regression by Newton-Raphson on the partial likelihood.</summary>
/// <remarks>
/// Cox (1972); Efron (1977) and Breslow (1974) tie approximations; stratified risk sets; Newton-Raphson from beta = 0 with
/// step halving whenever the log-likelihood decreases (Therneau and Grambsch 2000, sections 3.2-3.3). Wald, score and
/// likelihood-ratio tests as in Therneau and Grambsch section 3.4; concordance as Harrell et al. (1982).
/// R: <c>survival::coxph(Surv(time, status) ~ x1 + x2 + strata(s), ties = "efron")</c>.
/// </remarks>
public static class CoxRegression
{
    /// <summary>Fits the model.</summary>
    /// <param name="time">Follow-up times, finite and non-negative.</param>
    /// <param name="status">True for an event.</param>
    /// <param name="covariates">At least one covariate, each with one finite value per subject.</param>
    /// <param name="strata">Stratum codes 0..s-1, or empty for one stratum.</param>
    /// <param name="options">Ties, level and iteration control; R's defaults when null.</param>
    /// <exception cref="ArgumentException">Bad dimensions, times or covariate values, or no events.</exception>
    /// <exception cref="SurvivalFitException">The information matrix is singular or the likelihood cannot be evaluated.</exception>
    public static CoxFit Fit(
        ReadOnlySpan<double> time, ReadOnlySpan<bool> status, IReadOnlyList<Covariate> covariates, ReadOnlySpan<int> strata = default, CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        var sets = Prepare(time, status, covariates, strata);
        var p = covariates.Count;
        var newton = new CoxNewton(sets, options);
        var result = newton.Run();

        var z = Probability.NormalQuantile(options.Level);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var b = result.Beta[j];
            var se = Math.Sqrt(result.Variance[(j * p) + j]);
            coefficients[j] = new CoxCoefficient(
                covariates[j].Name, b, Math.Exp(b), se, b / se, Probability.TwoSidedNormal(b / se), Math.Exp(b - (z * se)), Math.Exp(b + (z * se)));
        }

        var wald = Cholesky.QuadraticForm(result.Variance, result.Beta);
        var concordance = ConcordanceCounter.Count(sets.Time, sets.Status, sets.LinearPredictor(result.Beta), sets.Bounds);
        return new CoxFit(
            time.Length,
            sets.Status.Count(s => s),
            coefficients,
            result.Variance,
            result.LogLikNull,
            result.LogLik,
            ChiSquareTest.Of(2 * (result.LogLik - result.LogLikNull), p),
            ChiSquareTest.Of(wald, p),
            ChiSquareTest.Of(result.ScoreTest, p),
            concordance,
            result.Iterations,
            result.Converged,
            options.Ties);
    }

    /// <summary>Validates the input and builds the sorted risk sets.</summary>
    internal static CoxRiskSets Prepare(ReadOnlySpan<double> time, ReadOnlySpan<bool> status, IReadOnlyList<Covariate> covariates, ReadOnlySpan<int> strata)
    {
        SurvivalInput.Check(time, status.Length);
        if (covariates.Count == 0)
        {
            throw new ArgumentException("At least one covariate is required.", nameof(covariates));
        }

        foreach (var c in covariates)
        {
            if (c.Values.Length != time.Length)
            {
                throw new ArgumentException($"Covariate '{c.Name}' must have one value per subject.", nameof(covariates));
            }

            foreach (var v in c.Values.Span)
            {
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"Covariate '{c.Name}' has a value that is not finite.", nameof(covariates));
                }
            }
        }

        if (strata.Length != 0 && strata.Length != time.Length)
        {
            throw new ArgumentException("Strata codes must have one entry per subject.", nameof(strata));
        }

        if (!status.Contains(true))
        {
            throw new ArgumentException("There are no events.", nameof(status));
        }

        return CoxRiskSets.Build(time, status, covariates, strata);
    }
}
