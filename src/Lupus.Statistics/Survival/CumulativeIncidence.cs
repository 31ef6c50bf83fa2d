namespace Lupus.Statistics.Survival;

/// <summary>Cumulative incidence of competing risks by the Aalen-Johansen estimator.</summary>
/// <remarks>
/// F_k(t) = sum over s &lt;= t of S(s-) d_k(s) / n(s), with S the Kaplan-Meier curve of any event (Aalen and Johansen
/// 1978; Kalbfleisch and Prentice 2002, section 8.2). The standard error is the infinitesimal jackknife: the square root
/// of the sum over subjects of the squared derivative of F_k(t) with respect to the subject's case weight, which is what
/// R reports for multi-state curves. R: <c>survival::survfit(Surv(time, factor(status)) ~ 1)</c>, <c>pstate</c> and
/// <c>std.err</c>.
/// </remarks>
public static class CumulativeIncidence
{
    /// <summary>Estimates the curves.</summary>
    /// <param name="time">Follow-up times, finite and non-negative.</param>
    /// <param name="cause">0 for censored, 1..k for the competing cause of the event.</param>
    /// <param name="causeCount">Curves to report (at least the largest code present), so groups share the same causes.</param>
    /// <exception cref="ArgumentException">Lengths differ, a negative cause code, no subjects or a bad time.</exception>
    public static CumulativeIncidenceResult Fit(ReadOnlySpan<double> time, ReadOnlySpan<int> cause, int causeCount = 1)
    {
        SurvivalInput.Check(time, cause.Length);
        var causes = Math.Max(Codes.Count(cause, nameof(cause)) - 1, Math.Max(causeCount, 1));
        var order = TimeSort.Order(time);
        var keys = new double[order.Length];
        var codes = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = time[order[i]];
            codes[i] = cause[order[i]];
        }

        var influence = new AalenJohansenInfluence(causes, keys.Length);
        var times = new List<double>();
        var incidence = Enumerable.Range(0, causes).Select(_ => new List<double>()).ToArray();
        var stdErr = Enumerable.Range(0, causes).Select(_ => new List<double>()).ToArray();
        var counts = new int[causes + 1];
        var totals = new int[causes + 1];
        var k = 0;
        while (k < keys.Length)
        {
            Array.Clear(counts);
            var t = keys[k];
            for (; k < keys.Length && keys[k] == t; k++)
            {
                counts[codes[k]]++;
                totals[codes[k]]++;
            }

            influence.Step(counts);
            times.Add(t);
            for (var c = 0; c < causes; c++)
            {
                incidence[c].Add(influence.Incidence(c));
                stdErr[c].Add(Math.Sqrt(influence.Variance(c)));
            }
        }

        var curves = Enumerable.Range(0, causes)
            .Select(c => new CumulativeIncidenceCurve(c + 1, totals[c + 1], incidence[c], stdErr[c]))
            .ToArray();
        return new CumulativeIncidenceResult(keys.Length, times, curves);
    }
}
