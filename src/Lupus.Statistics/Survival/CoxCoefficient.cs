namespace Lupus.Statistics.Survival;

/// <summary>One Cox coefficient: log hazard ratio, hazard ratio, Wald z and p, and the hazard-ratio confidence limits.</summary>
public sealed record CoxCoefficient(
    string Name,
    double Coefficient,
    double HazardRatio,
    double StdErr,
    double Z,
    double PValue,
    double HazardRatioLower,
    double HazardRatioUpper);
