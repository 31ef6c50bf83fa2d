namespace Lupus.Statistics.Survival;

/// <summary>Score tests of proportional hazards: one per covariate and a global test (R: <c>cox.zph(fit)$table</c>).</summary>
/// <param name="Terms">Per covariate, in model order; 1 degree of freedom each.</param>
/// <param name="Global">All covariates jointly; p degrees of freedom.</param>
/// <param name="Transform">The time transform, <c>"km"</c>.</param>
public sealed record ProportionalHazardsResult(IReadOnlyList<ProportionalHazardsTerm> Terms, ChiSquareTest Global, string Transform);

/// <summary>The proportional-hazards test of one covariate.</summary>
public sealed record ProportionalHazardsTerm(string Name, ChiSquareTest Test);
