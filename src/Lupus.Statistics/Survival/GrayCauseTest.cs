namespace Lupus.Statistics.Survival;

/// <summary>Gray's test for one cause: do the groups share the cumulative incidence of this cause?</summary>
/// <param name="Cause">The cause code (1..k).</param>
/// <param name="Test">Chi-square on groups - 1 degrees of freedom.</param>
public sealed record GrayCauseTest(int Cause, ChiSquareTest Test);
