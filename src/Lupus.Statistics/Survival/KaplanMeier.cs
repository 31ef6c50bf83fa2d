namespace Lupus.Statistics.Survival;

/// <summary>Kaplan-Meier (product-limit) survival estimate with Greenwood variance.</summary>
/// <remarks>
/// S(t) = prod over event times s &lt;= t of (1 - d/n); Var(-log S) = sum d / (n (n - d)) (Greenwood), Kalbfleisch and
/// Prentice (2002) section 1.4; confidence limits on the log, log-log or plain scale as Therneau and Grambsch (2000)
/// section 2.1 describe. R: <c>survival::survfit(Surv(time, status) ~ 1)</c>.
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Fits the curve.</summary>
    /// <param name="time">Follow-up times, finite and non-negative, any order.</param>
    /// <param name="status">True for an event, false for a censoring.</param>
    /// <param name="confidenceType">Scale of the limits; <see cref="ConfidenceType.Log"/> as in R.</param>
    /// <param name="level">Confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentException">Lengths differ, there are no subjects or a time is negative or not finite.</exception>
    public static KaplanMeierCurve Fit(
        ReadOnlySpan<double> time, ReadOnlySpan<bool> status, ConfidenceType confidenceType = ConfidenceType.Log, double level = 0.95)
    {
        var z = Probability.NormalQuantile(level);
        SurvivalInput.Check(time, status.Length);
        var (events, censorings) = SurvivalInput.SplitSorted(time, status);
        var rows = new List<KaplanMeierRow>();
        int e = 0, c = 0, atRisk = time.Length;
        double surv = 1, greenwood = 0;
        while (e < events.Length || c < censorings.Length)
        {
            var t = Math.Min(e < events.Length ? events[e] : double.PositiveInfinity, c < censorings.Length ? censorings[c] : double.PositiveInfinity);
            var d = 0;
            while (e < events.Length && events[e] == t)
            {
                d++;
                e++;
            }

            var censored = 0;
            while (c < censorings.Length && censorings[c] == t)
            {
                censored++;
                c++;
            }

            if (d > 0)
            {
                surv *= 1 - ((double)d / atRisk);
                greenwood += d == atRisk ? double.PositiveInfinity : d / ((double)atRisk * (atRisk - d));
            }

            rows.Add(Row(t, atRisk, d, censored, surv, greenwood, confidenceType, z));
            atRisk -= d + censored;
        }

        return new KaplanMeierCurve(time.Length, events.Length, rows, SurvivalQuantile.Of(rows, 0.5), level, confidenceType);
    }

    private static KaplanMeierRow Row(double t, int atRisk, int d, int censored, double surv, double greenwood, ConfidenceType type, double z)
    {
        var se = Math.Sqrt(greenwood);
        var finite = double.IsFinite(se);
        var (lower, upper) = Limits(surv, se, type, z);
        return new KaplanMeierRow(t, atRisk, d, censored, surv, finite ? se : null, finite ? surv * se : null, lower, upper);
    }

    /// <summary>Pointwise limits from S and the standard error of -log S, as <c>survfit</c>'s <c>conf.type</c>.</summary>
    internal static (double? Lower, double? Upper) Limits(double surv, double se, ConfidenceType type, double z)
    {
        if (!double.IsFinite(se) || surv <= 0)
        {
            return (null, null);
        }

        switch (type)
        {
            case ConfidenceType.Plain:
                return (Math.Max(surv - (z * se * surv), 0), Math.Min(surv + (z * se * surv), 1));
            case ConfidenceType.LogLog:
                if (surv >= 1)
                {
                    return (null, null);
                }

                var loglog = Math.Log(-Math.Log(surv));
                var scaled = se / Math.Log(surv);
                var a = Math.Exp(-Math.Exp(loglog + (z * scaled)));
                var b = Math.Exp(-Math.Exp(loglog - (z * scaled)));
                return (Math.Min(a, b), Math.Max(a, b));
            default:
                var log = Math.Log(surv);
                return (Math.Exp(log - (z * se)), Math.Min(Math.Exp(log + (z * se)), 1));
        }
    }
}
