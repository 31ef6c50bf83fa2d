namespace Lupus.Trials.Reporting;

public sealed record CoxTerm(string Name, double HazardRatio, double Lower, double Upper, double P);
