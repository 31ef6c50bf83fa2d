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
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Patients per page.</param>
/// <param name="Total">Patients listed or matching; a search stops counting at its cap (<paramref name="TotalIsCapped"/>).</param>
/// <param name="Items">The page's patients, by study id.</param>
/// <param name="TotalIsCapped">True when more patients match the search than <paramref name="Total"/>: only that many can be paged through.</param>
public sealed record PatientPage(int Page, int PageSize, int Total, IReadOnlyList<PatientView> Items, bool TotalIsCapped = false);
