namespace Lupus.Persistence.Clinical;

/// <summary>The scores the clinical library computes for one visit.</summary>
/// <param name="Sledai2k">SLEDAI-2K total (0-105).</param>
/// <param name="ClinicalSledai">SLEDAI-2K without the serological descriptors.</param>
/// <param name="BilagRenalGrade">BILAG-2004 renal grade A-E, null when not assessable.</param>
/// <param name="ItemsPresent">SLEDAI-2K descriptors that counted.</param>
/// <param name="BilagCriteriaMet">BILAG renal criteria met (A1 to C2).</param>
/// <param name="Notes">How the result was reached and any warning, as the library reports them.</param>
public sealed record VisitScore(
    int? Sledai2k,
    int? ClinicalSledai,
    string? BilagRenalGrade,
    IReadOnlyList<string> ItemsPresent,
    IReadOnlyList<string> BilagCriteriaMet,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The 9 BILAG-2004 grades (letters in domain order, <c>-</c> for a domain not assessable); null when no BILAG
    /// item was recorded or no domain could be graded.
    /// </summary>
    public string? BilagGrades { get; init; }
}
