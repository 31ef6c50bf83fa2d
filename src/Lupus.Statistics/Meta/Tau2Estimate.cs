namespace Lupus.Statistics.Meta;

/// <summary>An estimate of τ² with its standard error (null where metafor reports none) and how it was reached.</summary>
/// <param name="Tau2">The estimate, truncated at 0.</param>
/// <param name="Se">Standard error of τ², or null.</param>
/// <param name="Converged">False only when an iterative estimator found no maximum or root.</param>
/// <param name="Method">closed-form, fisher-scoring, fisher-scoring-bracketed (scoring overshot; the bracketed score root was polished), bracketed-search (fallback) or bracketed-root (PM, or EB when its scoring did not finish).</param>
/// <param name="Iterations">Iterations used by the iterative estimators, 0 otherwise.</param>
public sealed record Tau2Estimate(double Tau2, double? Se, bool Converged, string Method, int Iterations);
