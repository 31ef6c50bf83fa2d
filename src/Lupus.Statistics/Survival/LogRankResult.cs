namespace Lupus.Statistics.Survival;

/// <summary>A G-rho log-rank test: per-group observed and expected (weighted) events, their covariance and the test.</summary>
/// <param name="Counts">Subjects per group.</param>
/// <param name="Observed">Weighted observed events per group.</param>
/// <param name="Expected">Weighted expected events per group under equal hazards.</param>
/// <param name="Variance">Covariance matrix of observed minus expected, row-major, groups x groups.</param>
/// <param name="Test">Chi-square on (groups with expected events) - 1 degrees of freedom.</param>
/// <param name="Rho">The rho of the G-rho weight S(t-)^rho.</param>
public sealed record LogRankResult(
    IReadOnlyList<int> Counts,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Expected,
    IReadOnlyList<double> Variance,
    ChiSquareTest Test,
    double Rho);
