namespace Lupus.Statistics.Meta;

/// <summary>A Mantel-Haenszel or Peto fixed-effect estimate for 2×2 tables (log scale for OR and RR).</summary>
/// <remarks>
/// <c>Weights</c> are per-table weights in percent (0 for tables that carry no information); <c>Q</c> is Cochran's Q of
/// the per-study effects (escalc defaults, double-zero tables dropped) around the pooled estimate, on <c>QDf</c> df.
/// </remarks>
public sealed record PooledFit(
    int K, EffectMeasure Measure, double Estimate, double Se, double Statistic, double P, double CiLower, double CiUpper,
    double Q, int QDf, double QP, double I2, double H2, IReadOnlyList<double> Weights);
