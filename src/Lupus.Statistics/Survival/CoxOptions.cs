namespace Lupus.Statistics.Survival;

/// <summary>Settings of a Cox fit; the defaults are R's <c>coxph</c> / <c>coxph.control</c> defaults.</summary>
/// <param name="Ties">Tie handling; <see cref="TiesMethod.Efron"/> as in R.</param>
/// <param name="Level">Confidence level of the hazard-ratio limits.</param>
/// <param name="MaxIterations">Newton-Raphson iterations (R: <c>iter.max = 20</c>).</param>
/// <param name="Tolerance">Converged when |1 - loglik_old / loglik_new| is at most this (R: <c>eps = 1e-9</c>).</param>
public sealed record CoxOptions(TiesMethod Ties = TiesMethod.Efron, double Level = 0.95, int MaxIterations = 20, double Tolerance = 1e-9)
{
    /// <summary>R's defaults.</summary>
    public static CoxOptions Default { get; } = new();
}
