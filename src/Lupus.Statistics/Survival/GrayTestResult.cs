namespace Lupus.Statistics.Survival;

/// <summary>Gray's K-sample tests, one per cause with at least one event.</summary>
/// <param name="Causes">The tests in cause-code order.</param>
/// <param name="Rho">The exponent of the weight {1 - F0(t-)}^rho.</param>
public sealed record GrayTestResult(IReadOnlyList<GrayCauseTest> Causes, double Rho);
