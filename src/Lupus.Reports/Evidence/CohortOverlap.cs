namespace Lupus.Reports.Evidence;

/// <summary>A declared overlap of a study's patients with others (a row of <c>data/msc-sle-overlap.csv</c>).</summary>
/// <remarks>
/// <c>StudyId</c>: The study.
/// <c>Programme</c>: The treating programme the study belongs to.
/// <c>OverlapsWholeProgramme</c>: True (<c>*</c>) when its patients may include those of every other study of the programme.
/// <c>Overlaps</c>: Study ids it overlaps besides that.
/// <c>Basis</c>: Why, in words (authors, centre, years, cell source).
/// </remarks>
public sealed record CohortOverlap(string StudyId, string Programme, bool OverlapsWholeProgramme, IReadOnlyList<string> Overlaps, string Basis);
