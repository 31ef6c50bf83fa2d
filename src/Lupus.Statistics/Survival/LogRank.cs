namespace Lupus.Statistics.Survival;

/// <summary>The G-rho family of k-sample tests for survival curves, optionally stratified.</summary>
/// <remarks>
/// Harrington and Fleming (1982): weights S(t-)^rho from the pooled Kaplan-Meier curve of the stratum; rho = 0 is the
/// log-rank (Mantel-Haenszel) test, rho = 1 the Peto-Peto modification of the Gehan-Wilcoxon test. Stratified tests sum
/// observed, expected and variance over strata. R: <c>survival::survdiff(Surv(time, status) ~ group + strata(s), rho = 0)</c>.
/// </remarks>
public static class LogRank
{
    /// <summary>Compares the survival of the groups.</summary>
    /// <param name="time">Follow-up times, finite and non-negative.</param>
    /// <param name="status">True for an event.</param>
    /// <param name="group">Group codes 0..k-1 per subject.</param>
    /// <param name="strata">Stratum codes 0..s-1 per subject, or empty for none.</param>
    /// <param name="rho">Exponent of the weight S(t-)^rho; 0 (the log-rank test) by default.</param>
    /// <exception cref="ArgumentException">Lengths differ, a code is negative, fewer than two groups, or a bad time.</exception>
    public static LogRankResult Test(
        ReadOnlySpan<double> time, ReadOnlySpan<bool> status, ReadOnlySpan<int> group, ReadOnlySpan<int> strata = default, double rho = 0)
    {
        SurvivalInput.Check(time, status.Length);
        var groups = Codes.CheckGroups(time.Length, group, strata);
        var order = Codes.OrderByStratumThenTime(time, strata);
        var acc = new LogRankAccumulator(groups, rho);
        foreach (var (start, length) in Codes.StratumRuns(order, strata))
        {
            acc.AddStratum(order.AsSpan(start, length), time, status, group);
        }

        return acc.Result();
    }
}
