namespace Lupus.Trials.Reporting;

/// <summary>Counts of patients by 12-month response.</summary>
public sealed record ResponseCounts(int Mcr, int Pcr, int None, int NotEvaluable);
