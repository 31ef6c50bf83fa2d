namespace Lupus.Trials.Reporting;

/// <summary>A step curve with its pointwise interval (may be empty) and numbers at risk.</summary>
public sealed record Curve(IReadOnlyList<double> Times, IReadOnlyList<double> Values, IReadOnlyList<double> Lower, IReadOnlyList<double> Upper, IReadOnlyList<double> RiskTimes, IReadOnlyList<int> AtRisk);
