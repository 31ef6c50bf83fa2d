namespace Lupus.Reports.Meta;

/// <summary>What the forest and funnel plots draw: per-study effects and the pooled result, on the analysis scale.</summary>
/// <param name="Labels">Study labels, top to bottom.</param>
/// <param name="Yi">Observed effects.</param>
/// <param name="Vi">Sampling variances.</param>
/// <param name="Weights">Weights in percent (markers are scaled by them).</param>
/// <param name="Estimate">Pooled estimate.</param>
/// <param name="CiLower">Lower confidence bound of the pooled estimate.</param>
/// <param name="CiUpper">Upper confidence bound of the pooled estimate.</param>
/// <param name="PiLower">Lower prediction bound, or null (FE models).</param>
/// <param name="PiUpper">Upper prediction bound, or null.</param>
/// <param name="Critical">Normal quantile for the per-study intervals (1.96 at 95 %).</param>
/// <param name="AxisLabel">X-axis title, e.g. "Risk Ratio (log scale)".</param>
/// <param name="RatioScale">True when effects are log ratios: the axis is labelled with exp(x).</param>
/// <param name="ModelLabel">Label of the summary row, e.g. "RE Model".</param>
/// <param name="Heterogeneity">One line of heterogeneity statistics.</param>
/// <param name="Level">Confidence level in percent, for the column header.</param>
/// <param name="Transform">Optional map from the analysis scale to the drawn scale (e.g. a back-transformation to a
/// proportion): every position and printed value goes through it and no null line is drawn; null draws the analysis scale.</param>
public sealed record MetaPlotData(
    IReadOnlyList<string> Labels,
    IReadOnlyList<double> Yi,
    IReadOnlyList<double> Vi,
    IReadOnlyList<double> Weights,
    double Estimate,
    double CiLower,
    double CiUpper,
    double? PiLower,
    double? PiUpper,
    double Critical,
    string AxisLabel,
    bool RatioScale,
    string ModelLabel,
    string Heterogeneity,
    double Level,
    Func<double, double>? Transform = null);
