namespace Lupus.Statistics.Survival;

/// <summary>A fitted Cox proportional hazards model (R: the printed summary of <c>coxph</c>).</summary>
/// <param name="N">Subjects used.</param>
/// <param name="Events">Events.</param>
/// <param name="Coefficients">One entry per covariate.</param>
/// <param name="Variance">Covariance matrix of the coefficients (inverse information), row-major.</param>
/// <param name="LogLikNull">Log partial likelihood at beta = 0.</param>
/// <param name="LogLik">Log partial likelihood at the estimate.</param>
/// <param name="LikelihoodRatio">2 (LogLik - LogLikNull) on p degrees of freedom.</param>
/// <param name="Wald">beta' V^-1 beta.</param>
/// <param name="Score">Score (log-rank) test at beta = 0.</param>
/// <param name="Concordance">Harrell's concordance of the linear predictor, within strata.</param>
/// <param name="Iterations">Newton-Raphson iterations used.</param>
/// <param name="Converged">Whether the relative change of the log-likelihood fell below the tolerance.</param>
/// <param name="Ties">Tie handling used.</param>
public sealed record CoxFit(
    int N,
    int Events,
    IReadOnlyList<CoxCoefficient> Coefficients,
    IReadOnlyList<double> Variance,
    double LogLikNull,
    double LogLik,
    ChiSquareTest LikelihoodRatio,
    ChiSquareTest Wald,
    ChiSquareTest Score,
    Concordance Concordance,
    int Iterations,
    bool Converged,
    TiesMethod Ties);
