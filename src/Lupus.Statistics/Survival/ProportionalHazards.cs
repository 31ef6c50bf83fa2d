namespace Lupus.Statistics.Survival;

/// <summary>The Grambsch-Therneau test of proportional hazards for a fitted Cox model, with the Kaplan-Meier time transform.</summary>
/// <remarks>
/// Grambsch and Therneau (1994): adding beta_j g(t) x_j to the model, the score test of the added coefficients at the fitted
/// beta (and 0) tests proportionality. g(t) is 1 minus the left-continuous Kaplan-Meier curve of all subjects, ignoring
/// strata. The score vector is the g-weighted sum of the per-event-time Schoenfeld terms and the information matrix is
/// assembled from the per-event-time risk-set covariances, the full score test of survival 3.x (not the 2.x approximation
/// that used the overall variance). R: <c>survival::cox.zph(fit, transform = "km", terms = TRUE)</c>.
/// </remarks>
public static class ProportionalHazards
{
    /// <summary>Tests a fit made on exactly these data.</summary>
    /// <exception cref="ArgumentException">The data are invalid or do not match <paramref name="fit"/>.</exception>
    /// <exception cref="SurvivalFitException">The information matrix of the augmented model is singular.</exception>
    public static ProportionalHazardsResult Test(
        ReadOnlySpan<double> time, ReadOnlySpan<bool> status, IReadOnlyList<Covariate> covariates, CoxFit fit, ReadOnlySpan<int> strata = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.Coefficients.Count != covariates.Count)
        {
            throw new ArgumentException("The fit and the covariates differ in number.", nameof(fit));
        }

        var sets = CoxRegression.Prepare(time, status, covariates, strata);
        var km = KaplanMeier.Fit(time, status);
        var sums = new ZphSums(covariates.Count, t => 1 - km.SurvivalBefore(t));
        var beta = fit.Coefficients.Select(c => c.Coefficient).ToArray();
        var p = beta.Length;
        sets.Evaluate(beta, fit.Ties, new double[p], new double[p * p], sums);

        var terms = new ProportionalHazardsTerm[p];
        for (var j = 0; j < p; j++)
        {
            terms[j] = new ProportionalHazardsTerm(covariates[j].Name, ChiSquareTest.Of(sums.Statistic([j]), 1));
        }

        return new ProportionalHazardsResult(terms, ChiSquareTest.Of(sums.Statistic([.. Enumerable.Range(0, p)]), p), "km");
    }
}
