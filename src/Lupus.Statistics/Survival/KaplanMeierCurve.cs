namespace Lupus.Statistics.Survival;

/// <summary>A Kaplan-Meier curve: one row per distinct time, the median with its confidence limits, and the totals.</summary>
/// <param name="N">Subjects.</param>
/// <param name="Events">Events.</param>
/// <param name="Rows">One row per distinct event or censoring time, ascending.</param>
/// <param name="Median">Median survival time and its confidence limits (R: <c>print(survfit)</c>).</param>
/// <param name="Level">Confidence level of the limits, such as 0.95.</param>
/// <param name="ConfidenceType">Scale of the pointwise limits.</param>
public sealed record KaplanMeierCurve(
    int N,
    int Events,
    IReadOnlyList<KaplanMeierRow> Rows,
    SurvivalQuantile Median,
    double Level,
    ConfidenceType ConfidenceType)
{
    /// <summary>Subjects at risk at <paramref name="time"/> (time at or after it), as <c>summary(fit, times)</c> reports.</summary>
    public int AtRisk(double time)
    {
        var index = FirstAtOrAfter(time);
        return index < Rows.Count ? Rows[index].AtRisk : 0;
    }

    /// <summary>S(t): the curve's value at <paramref name="time"/> (1 before the first row).</summary>
    public double SurvivalAt(double time)
    {
        var index = FirstAtOrAfter(time);
        if (index < Rows.Count && Rows[index].Time == time)
        {
            return Rows[index].Survival;
        }

        return index == 0 ? 1.0 : Rows[index - 1].Survival;
    }

    /// <summary>S(t-): the curve just before <paramref name="time"/>.</summary>
    internal double SurvivalBefore(double time)
    {
        var index = FirstAtOrAfter(time);
        return index == 0 ? 1.0 : Rows[index - 1].Survival;
    }

    private int FirstAtOrAfter(double time)
    {
        int lo = 0, hi = Rows.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Rows[mid].Time < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
