using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>One measure's fit of an analysis: the model, its per-study effects and, for proportions, the natural-scale result.</summary>
/// <remarks>
/// <c>Correlation</c>: Pre-post correlation used (MC, SMCR); null for proportions.
/// <c>Proportion</c>: Back-transformed estimate and intervals (PLO, PFT); null for pre/post.
/// <c>HarmonicN</c>: Harmonic mean of the denominators (the PFT back-transformation uses it); null for pre/post.
/// </remarks>
public sealed record AnalysisFit(EffectMeasure Measure, double? Correlation, MetaFit Fit, IReadOnlyList<StudyEffect> Studies, BackTransformed? Proportion, double? HarmonicN);
