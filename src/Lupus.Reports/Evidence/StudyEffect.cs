namespace Lupus.Reports.Evidence;

/// <summary>One pooled row's effect size <paramref name="Yi"/>, sampling variance <paramref name="Vi"/> and weight in percent.</summary>
/// <remarks>
/// <c>Size</c>: Patients behind the effect: n of a pre/post row, the denominator of a proportion.
/// <c>Count</c>: Patients counted in a proportion (after taking the complement where the source says so); null for pre/post.
/// </remarks>
public sealed record StudyEffect(EvidenceRow Row, double Yi, double Vi, double Weight, double Size, double? Count);
