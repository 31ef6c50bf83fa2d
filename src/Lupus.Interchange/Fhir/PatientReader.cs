using Hl7.Fhir.Model;
using Lupus.Interchange.Model;
using Sex = Lupus.Persistence.Entities.Sex;
using X = Lupus.Interchange.Fhir.FhirSystems.Extensions;

namespace Lupus.Interchange.Fhir;

/// <summary>Patient -> <see cref="PatientRow"/> (docs/fhir.md, "Patient").</summary>
internal static class PatientReader
{
    public static PatientRow? Read(Patient patient, EntryContext context, ReadState state)
    {
        var studyId = patient.Identifier.FirstOrDefault(i => i.System == FhirSystems.StudyId)?.Value;
        var ok = !string.IsNullOrWhiteSpace(studyId) ||
            context.Fail("identifier", $"missing required element: an identifier with system {FhirSystems.StudyId}");
        var site = Site(patient, context, state);
        var sex = ReadSex(patient, context);
        var birth = FhirValues.FullDate(patient.BirthDate, context, "birthDate");
        var ethnicity = Ethnicity(patient, context);
        var diagnosis = FhirValues.Required<Date>(patient, X.DiagnosisDate, context) is { } d
            ? FhirValues.FullDate(d.Value, context, FhirValues.ExtensionPath(X.DiagnosisDate))
            : null;
        ok &= FhirValues.TryCode(patient, X.ClassificationCriteria, FhirCodes.Criteria, context, out var criteria);
        ok &= FhirValues.TryCode(patient, X.NephritisClass, FhirCodes.Nephritis, context, out var nephritis);
        var consent = FhirValues.Required<Date>(patient, X.ConsentDate, context) is { } c
            ? FhirValues.FullDate(c.Value, context, FhirValues.ExtensionPath(X.ConsentDate))
            : null;

        if (!ok || site is null || sex is null || birth is null || ethnicity is null || diagnosis is null || consent is null)
        {
            return null;
        }

        return new PatientRow(context.Location, new PatientKey(site, studyId!), sex.Value, birth.Value, ethnicity, diagnosis.Value,
            criteria, nephritis, consent.Value, Identity(patient));
    }

    /// <summary>The site code: managingOrganization.identifier, or the site-code identifier of the referenced Organization.</summary>
    private static string? Site(Patient patient, EntryContext context, ReadState state)
    {
        const string Field = "managingOrganization";
        var organization = patient.ManagingOrganization;
        if (organization?.Identifier is { } direct)
        {
            return direct.System == FhirSystems.SiteCode && !string.IsNullOrWhiteSpace(direct.Value)
                ? direct.Value
                : Missing(context, Field + ".identifier");
        }

        var entry = state.References.Resolve(organization, "Organization", context, Field);
        if (entry is null)
        {
            return null;
        }

        var code = ((Organization)entry.Resource!).Identifier.FirstOrDefault(i => i.System == FhirSystems.SiteCode)?.Value;
        return string.IsNullOrWhiteSpace(code) ? Missing(context, Field) : code;
    }

    private static string? Missing(EntryContext context, string field)
    {
        context.Fail(field, $"missing required element: the site code, an identifier with system {FhirSystems.SiteCode}");
        return null;
    }

    private static Sex? ReadSex(Patient patient, EntryContext context)
    {
        switch (patient.Gender)
        {
            case AdministrativeGender.Female:
                return Sex.Female;
            case AdministrativeGender.Male:
                return Sex.Male;
            case AdministrativeGender.Other:
                return Sex.Intersex;
            case null:
                context.Fail("gender", "missing required element");
                return null;
            default:
                context.Fail("gender", "gender 'unknown' cannot be imported: sex is required (female, male or other)");
                return null;
        }
    }

    /// <summary>The US Core ethnicity extension's text; no extension means not recorded (empty).</summary>
    private static string? Ethnicity(Patient patient, EntryContext context)
    {
        var extension = FhirValues.Extension(patient, FhirSystems.UsCoreEthnicity);
        if (extension is null)
        {
            return "";
        }

        if (extension.GetExtension("text")?.Value is FhirString { Value: { Length: > 0 } text })
        {
            return text;
        }

        context.Fail("extension[us-core-ethnicity]", "missing required element: the 'text' sub-extension (valueString)");
        return null;
    }

    /// <summary>Names, contacts and hospital number; none of them present means a de-identified patient.</summary>
    private static PatientIdentityRow? Identity(Patient patient)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        var mrn = patient.Identifier.FirstOrDefault(i =>
            i.System == FhirSystems.HospitalNumber || FhirValues.Coding(i.Type, FhirSystems.IdentifierType)?.Code == "MR");
        var phone = patient.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value;
        var email = patient.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Email)?.Value;
        if (name is null && mrn is null && phone is null && email is null)
        {
            return null;
        }

        return new PatientIdentityRow(string.Join(' ', name?.Given ?? []), name?.Family ?? "", mrn?.Value ?? "", phone, email);
    }
}
