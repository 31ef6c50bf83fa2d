using Hl7.Fhir.Model;
using Lupus.Interchange.Model;
using X = Lupus.Interchange.Fhir.FhirSystems.Extensions;
using Sex = Lupus.Persistence.Entities.Sex;

namespace Lupus.Interchange.Fhir;

/// <summary><see cref="PatientRow"/> -> Patient, the inverse of <see cref="PatientReader"/>.</summary>
internal static class PatientWriter
{
    public static Patient Write(PatientRow row)
    {
        var patient = new Patient
        {
            Gender = row.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                _ => AdministrativeGender.Other,
            },
            BirthDate = WriteHelpers.Text(row.BirthDate),
            ManagingOrganization = new ResourceReference { Identifier = new Identifier(FhirSystems.SiteCode, row.Key.SiteCode) },
        };
        patient.Identifier.Add(new Identifier(FhirSystems.StudyId, row.Key.StudyId));
        if (row.Ethnicity.Length > 0)
        {
            var ethnicity = new Extension { Url = FhirSystems.UsCoreEthnicity };
            ethnicity.Extension.Add(new Extension("text", new FhirString(row.Ethnicity)));
            patient.Extension.Add(ethnicity);
        }

        patient.Extension.Add(new Extension(X.DiagnosisDate, WriteHelpers.Date(row.DiagnosisDate)));
        patient.Extension.Add(new Extension(X.ClassificationCriteria, new Code(FhirCodes.Criteria.Code(row.ClassificationCriteria))));
        patient.Extension.Add(new Extension(X.NephritisClass, new Code(FhirCodes.Nephritis.Code(row.NephritisClass))));
        patient.Extension.Add(new Extension(X.ConsentDate, WriteHelpers.Date(row.ConsentDate)));
        if (row.Identity is { } identity)
        {
            AddIdentity(patient, identity);
        }

        return patient;
    }

    private static void AddIdentity(Patient patient, PatientIdentityRow identity)
    {
        var name = new HumanName { Use = HumanName.NameUse.Official };
        if (identity.FamilyName.Length > 0)
        {
            name.Family = identity.FamilyName;
        }

        if (identity.GivenName.Length > 0)
        {
            name.Given = [identity.GivenName];
        }

        patient.Name.Add(name);
        if (identity.HospitalNumber.Length > 0)
        {
            patient.Identifier.Add(new Identifier(FhirSystems.HospitalNumber, identity.HospitalNumber)
            {
                Type = WriteHelpers.Concept(FhirSystems.IdentifierType, "MR", "Medical record number"),
            });
        }

        if (identity.Phone is { Length: > 0 } phone)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, phone));
        }

        if (identity.Email is { Length: > 0 } email)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }
    }
}
