namespace Lupus.Web.Records;

/// <summary>A stored visit with the scores the clinical library computed for it.</summary>
public sealed record VisitView(Guid Id, Guid PatientId, int Version, VisitInput Data, int? Sledai2k, int? ClinicalSledai, string? BilagRenalGrade)
{
    /// <summary>The 9 BILAG-2004 grades, letters in domain order with <c>-</c> for a domain not assessable; null when not assessed.</summary>
    public string? BilagGrades { get; init; }
}
