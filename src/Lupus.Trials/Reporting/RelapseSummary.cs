namespace Lupus.Trials.Reporting;

/// <summary>Relapses after response and the cumulative incidence of relapse with death competing (months).</summary>
public sealed record RelapseSummary(int Relapsed, int DiedWithoutRelapse, Curve Curve);
