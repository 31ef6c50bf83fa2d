namespace Lupus.Statistics.Meta;

/// <summary>One model coefficient with its test (z or t) and confidence interval.</summary>
public sealed record MetaCoefficient(string Name, double Estimate, double Se, double Statistic, double P, double CiLower, double CiUpper);
