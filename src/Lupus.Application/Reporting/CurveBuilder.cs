using Lupus.Statistics.Survival;
using Lupus.Trials.Reporting;

namespace Lupus.Application.Reporting;

/// <summary>Kaplan-Meier and Aalen-Johansen curves in months, with numbers at risk every 6 or 12 months.</summary>
internal static class CurveBuilder
{
    public const double DaysPerMonth = 30.4375;

    public static Curve Survival(double[] months, bool[] died)
    {
        var km = KaplanMeier.Fit(months, died);
        var risk = RiskTimes(months);
        return new Curve(
            [.. km.Rows.Select(r => r.Time)],
            [.. km.Rows.Select(r => r.Survival)],
            [.. km.Rows.Select(r => r.Lower ?? double.NaN)],
            [.. km.Rows.Select(r => r.Upper ?? double.NaN)],
            risk,
            [.. risk.Select(t => months.Count(m => m >= t))]);
    }

    /// <summary>Cumulative incidence of cause 1 (relapse) with cause 2 (death) competing; Greenwood-type 95% limits.</summary>
    public static Curve Incidence(double[] months, int[] cause)
    {
        var fit = CumulativeIncidence.Fit(months, cause, 2);
        var relapse = fit.Causes[0];
        var risk = RiskTimes(months);
        return new Curve(
            fit.Times,
            relapse.Incidence,
            [.. relapse.Incidence.Zip(relapse.StdErr, (f, se) => Math.Max(0, f - (1.959963984540054 * se)))],
            [.. relapse.Incidence.Zip(relapse.StdErr, (f, se) => Math.Min(1, f + (1.959963984540054 * se)))],
            risk,
            [.. risk.Select(t => months.Count(m => m >= t))]);
    }

    private static double[] RiskTimes(double[] months)
    {
        var max = months.Length == 0 ? 12 : months.Max();
        var step = max > 24 ? 12 : 3;
        return [.. Enumerable.Range(0, (int)(max / step) + 1).Select(i => (double)(i * step))];
    }
}
