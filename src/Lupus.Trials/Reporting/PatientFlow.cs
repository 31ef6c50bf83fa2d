namespace Lupus.Trials.Reporting;

/// <summary>Enrolled, infused, evaluable, and why others are not.</summary>
public sealed record PatientFlow(int Enrolled, int Infused, int Evaluable12m, IReadOnlyDictionary<string, int> NotEvaluable, int Died, int FollowedTo12m);
