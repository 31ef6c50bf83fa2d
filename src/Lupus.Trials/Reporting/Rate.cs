namespace Lupus.Trials.Reporting;

/// <summary>A proportion with its Wilson interval.</summary>
public sealed record Rate(string Label, int Count, int Total, double Estimate, double Lower, double Upper);
