namespace Lupus.Trials.Reporting;

/// <summary>Vital status and the Kaplan-Meier curve of overall survival (months).</summary>
public sealed record SurvivalSummary(int Alive, int Dead, Curve Curve);
