namespace Lupus.Web.Records;

/// <summary>A stored visit with the scores the clinical library computed for it.</summary>
public sealed record VisitView(Guid Id, Guid PatientId, int Version, VisitInput Data, int? Sledai2k, int? ClinicalSledai, string? BilagRenalGrade);
