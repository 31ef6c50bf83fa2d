using System.Globalization;
using Lupus.Reports.Meta;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Maps a report to the data the forest and funnel plots draw.</summary>
internal static class MetaPlotMapper
{
    public static MetaPlotData Map(MetaReport r)
    {
        var s = r.Settings;
        var used = r.Studies.Where(x => x.Effect is not null).ToArray();
        var weights = r.Fit?.Weights ?? r.Pooled!.Weights;
        var usedWeights = r.Studies.Select((x, i) => (x, i)).Where(t => t.x.Effect is not null).Select(t => weights[t.i]).ToArray();
        var ratio = s.Measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.ROM;
        var crit = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (s.Options.Alpha / 2));
        var (estimate, lo, hi) = r.Fit is { } f ? (f.Estimate, f.CiLower, f.CiUpper) : (r.Pooled!.Estimate, r.Pooled.CiLower, r.Pooled.CiUpper);
        var model = r.Pooled is not null ? $"FE Model ({s.MethodName})" : s.Options.Estimator == Tau2Estimator.FE ? "FE Model" : "RE Model";
        return new MetaPlotData(
            used.Select(x => x.Label).ToArray(),
            used.Select(x => x.Effect!.Value.Yi).ToArray(),
            used.Select(x => x.Effect!.Value.Vi).ToArray(),
            usedWeights,
            estimate,
            lo,
            hi,
            r.Fit?.PiLower,
            r.Fit?.PiUpper,
            crit,
            AxisLabel(s.Measure) + (ratio ? " (log scale)" : ""),
            ratio,
            model,
            Heterogeneity(r),
            s.Options.Level);
    }

    private static string Heterogeneity(MetaReport r)
    {
        static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
        var (q, df, p, i2) = r.Fit is { } f ? (f.Q, f.QDf, f.QP, f.I2) : (r.Pooled!.Q, r.Pooled.QDf, r.Pooled.QP, r.Pooled.I2);
        var tau = r.Fit is { } g && r.Settings.Options.Estimator != Tau2Estimator.FE ? $"τ² = {F(g.Tau2.Tau2, "0.000")}, " : "";
        var pText = p < 0.001 ? "p < 0.001" : "p = " + F(p, "0.000");
        return $"Heterogeneity: {tau}I² = {F(i2, "0.0")}%, Q({df}) = {F(q, "0.00")}, {pText}";
    }

    private static string AxisLabel(EffectMeasure m) => m switch
    {
        EffectMeasure.RR => "Risk Ratio",
        EffectMeasure.OR => "Odds Ratio",
        EffectMeasure.ROM => "Ratio of Means",
        EffectMeasure.RD => "Risk Difference",
        EffectMeasure.MD => "Mean Difference",
        EffectMeasure.SMD => "Standardized Mean Difference",
        EffectMeasure.PR => "Proportion",
        EffectMeasure.PLO => "Log Odds (proportion)",
        EffectMeasure.PFT => "Double-Arcsine Transformed Proportion",
        EffectMeasure.MC => "Mean Change",
        EffectMeasure.SMCR => "Standardized Mean Change",
        _ => "Observed Outcome",
    };
}
