using System.Globalization;
using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>How the synthesis prints its numbers for people (invariant culture); machines read the JSON instead.</summary>
public static class EvidenceFormat
{
    /// <summary>"est [lo, hi]" on the analysis scale (2 decimals), or as percentages for back-transformed proportions.</summary>
    public static string Estimate(AnalysisFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Proportion is { } p
            ? $"{Percent(p.Estimate)} [{Percent(p.CiLower)}, {Percent(p.CiUpper)}]"
            : $"{Number(fit.Fit.Estimate)} [{Number(fit.Fit.CiLower)}, {Number(fit.Fit.CiUpper)}]";
    }

    /// <summary>The prediction interval on the same scale as <see cref="Estimate"/>, or "–" when there is none.</summary>
    public static string Prediction(AnalysisFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.Proportion is { } p)
        {
            return p.PiLower is { } pl && p.PiUpper is { } pu ? $"[{Percent(pl)}, {Percent(pu)}]" : "–";
        }

        return fit.Fit.PiLower is { } l && fit.Fit.PiUpper is { } u ? $"[{Number(l)}, {Number(u)}]" : "–";
    }

    /// <summary>"τ² = …, I² = …%, Q(df) = …, p = …".</summary>
    public static string Heterogeneity(MetaFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return $"τ² = {fit.Tau2.Tau2.ToString("0.000", CultureInfo.InvariantCulture)}, I² = {fit.I2.ToString("0.0", CultureInfo.InvariantCulture)}%, " +
            $"Q({fit.QDf}) = {Number(fit.Q)}, p = {P(fit.QP)}";
    }

    /// <summary>What the estimate measures, with the assumed correlation for pre/post measures.</summary>
    public static string MeasureName(AnalysisFit fit, string unit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Measure switch
        {
            EffectMeasure.MC => $"MC ({unit}), r = {Number(fit.Correlation ?? double.NaN)}",
            EffectMeasure.SMCR => $"SMCR, r = {Number(fit.Correlation ?? double.NaN)}",
            EffectMeasure.PLO => "PLO (logit), back-transformed",
            EffectMeasure.PFT => "PFT (double arcsine), back-transformed",
            _ => fit.Measure.ToString(),
        };
    }

    public static string Number(double x) => double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "NA";

    public static string Percent(double x) => double.IsFinite(x) ? (100 * x).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "NA";

    public static string P(double p) => !double.IsFinite(p) ? "NA" : p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A month count or other small quantity without trailing zeros.</summary>
    public static string Compact(double? x) => x is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";

    /// <summary>The status as a short phrase for tables.</summary>
    public static string Status(RowStatus status) => status switch
    {
        RowStatus.Pooled => "pooled",
        RowStatus.NotPooled => "not pooled",
        RowStatus.ExcludedOverlap => "excluded: overlapping cohort",
        RowStatus.ExcludedControlArm => "excluded: control arm",
        RowStatus.Superseded => "another row of the study used",
        _ => "not synthesised",
    };
}
