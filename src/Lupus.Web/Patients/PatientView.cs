namespace Lupus.Web.Patients;

/// <summary>Identifying details; absent for statisticians.</summary>
public sealed record PatientIdentityView(string GivenName, string FamilyName, string HospitalNumber, string? Phone, string? Email);

/// <summary>A patient as the API returns it.</summary>
public sealed record PatientView(
    Guid Id,
    string StudyId,
    Guid SiteId,
    string SiteCode,
    string Sex,
    DateOnly BirthDate,
    string Ethnicity,
    DateOnly DiagnosisDate,
    string ClassificationCriteria,
    string NephritisClass,
    DateOnly ConsentDate,
    int Version,
    PatientIdentityView? Identity);

/// <summary>One page of a patient search.</summary>
public sealed record PatientPage(int Page, int PageSize, int Total, IReadOnlyList<PatientView> Items);
