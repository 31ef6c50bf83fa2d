namespace Lupus.Statistics.Survival;

/// <summary>Gray's (1988) K-sample test comparing the cumulative incidence of each competing cause among groups.</summary>
/// <remarks>
/// <para>
/// For the cause under test, group g has the adjusted risk set R_g(t) = Y_g(t) {1 - F_g(t-)} / S_g(t-) (Y at risk, F the
/// group's Aalen-Johansen incidence of the cause, S its all-cause Kaplan-Meier curve), so d_g(t) / R_g(t) estimates the
/// subdistribution hazard. The score of group k is the weighted sum over event times of the events of the cause minus
/// R_k(t) d(t) / R(t), with weight {1 - F0(t-)}^rho; F0 is the incidence of the cause under the null hypothesis, the
/// product-limit of d(t) / R0(t) over the risk sets R0_g(t) = Y_g(t) {1 - F0(t-)} / S_g(t-) (Gray 1988, section 2).
/// </para>
/// <para>
/// The covariance is Gray's martingale estimator under the null: the score is a sum over groups and times of a_g(t) dM1_g
/// plus b_g(t) dM2_g, with M1 and M2 the martingales of the cause and of the competing causes. a_g(t) is the weight times
/// (1[g = k] - R0_k / R0) plus a tail term, and b_g(t) the tail term alone; the tail carries the dependence of the later
/// risk sets on F_g and S_g: (S_g(t) - {1 - F0(t)}) for a and -{1 - F0(t)} for b, times S_g(t-) / S_g(t) / Y_g(t) times the
/// sum over later event times u of the score coefficient times Y_g(u) dGamma0(u) / S_g(u-). Each a^2 is weighted by the
/// expected events R0_g dGamma0 and each b^2 by the competing events, with the hypergeometric-type correction for tied
/// times. Strata add scores and covariances. The statistic uses the first groups - 1 scores (a generalised inverse if
/// the covariance is singular). R: <c>cmprsk::cuminc(ftime, fstatus, group, rho, strata)$Tests</c>.
/// </para>
/// </remarks>
public static class GrayTest
{
    /// <summary>Tests every cause that has at least one event.</summary>
    /// <param name="time">Follow-up times, finite and non-negative.</param>
    /// <param name="cause">0 for censored, 1..k for the cause of the event.</param>
    /// <param name="group">Group codes 0..g-1 per subject.</param>
    /// <param name="strata">Stratum codes 0..s-1 per subject, or empty for none.</param>
    /// <param name="rho">Exponent of the weight {1 - F0(t-)}^rho; 0 by default, as in cmprsk.</param>
    /// <exception cref="ArgumentException">
    /// Lengths differ, a negative code, fewer than two groups, a bad time, a negative or non-finite rho.
    /// </exception>
    public static GrayTestResult Test(
        ReadOnlySpan<double> time, ReadOnlySpan<int> cause, ReadOnlySpan<int> group, ReadOnlySpan<int> strata = default, double rho = 0)
    {
        SurvivalInput.Check(time, cause.Length);
        if (!(rho >= 0) || double.IsInfinity(rho))
        {
            throw new ArgumentException($"Rho must be finite and non-negative; found {rho}.", nameof(rho));
        }

        var groups = Codes.CheckGroups(time.Length, group, strata);
        var causes = Codes.Count(cause, nameof(cause)) - 1;
        var order = Codes.OrderByStratumThenTime(time, strata);
        var tables = new List<GrayRiskTable>();
        foreach (var (start, length) in Codes.StratumRuns(order, strata))
        {
            tables.Add(GrayRiskTable.Build(order.AsSpan(start, length), time, cause, group, groups, causes));
        }

        var tests = new List<GrayCauseTest>();
        for (var c = 1; c <= causes; c++)
        {
            if (tables.Sum(t => t.Events(c)) == 0)
            {
                continue;
            }

            var score = new GrayScore(groups, rho);
            foreach (var table in tables)
            {
                score.Add(table, c);
            }

            tests.Add(new GrayCauseTest(c, score.Test()));
        }

        return new GrayTestResult(tests, rho);
    }
}
