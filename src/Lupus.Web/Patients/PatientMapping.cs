using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Patients;

internal static class PatientMapping
{
    public static void CopyTo(PatientInput input, Patient patient, bool deIdentified)
    {
        patient.StudyId = input.StudyId!.Trim();
        patient.SiteId = input.SiteId;
        patient.Sex = input.Sex;
        patient.BirthDate = LocalDate.FromDateOnly(input.BirthDate);
        patient.Ethnicity = input.Ethnicity?.Trim() ?? "";
        patient.DiagnosisDate = LocalDate.FromDateOnly(input.DiagnosisDate);
        patient.ClassificationCriteria = input.ClassificationCriteria;
        patient.NephritisClass = input.NephritisClass;
        patient.ConsentDate = LocalDate.FromDateOnly(input.ConsentDate);
        if (deIdentified)
        {
            return;
        }

        var identity = patient.Identity ??= new PatientIdentity();
        identity.GivenName = input.GivenName?.Trim() ?? "";
        identity.FamilyName = input.FamilyName?.Trim() ?? "";
        identity.HospitalNumber = input.HospitalNumber?.Trim() ?? "";
        identity.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        identity.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
    }

    public static PatientInput ToInput(Patient p) => new()
    {
        StudyId = p.StudyId,
        SiteId = p.SiteId,
        Sex = p.Sex,
        BirthDate = p.BirthDate.ToDateOnly(),
        Ethnicity = p.Ethnicity,
        DiagnosisDate = p.DiagnosisDate.ToDateOnly(),
        ClassificationCriteria = p.ClassificationCriteria,
        NephritisClass = p.NephritisClass,
        ConsentDate = p.ConsentDate.ToDateOnly(),
        GivenName = p.Identity?.GivenName,
        FamilyName = p.Identity?.FamilyName,
        HospitalNumber = p.Identity?.HospitalNumber,
        Phone = p.Identity?.Phone,
        Email = p.Identity?.Email,
        Version = p.Version,
    };
}
