using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>A pre/post fit at one assumed correlation of the sensitivity range.</summary>
public sealed record SensitivityPoint(EffectMeasure Measure, double Correlation, MetaFit Fit);
