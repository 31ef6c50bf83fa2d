namespace Lupus.Trials.Reporting;

/// <summary>Cox proportional hazards fit of death on baseline covariates.</summary>
public sealed record CoxSummary(int N, int Events, IReadOnlyList<CoxTerm> Terms);
