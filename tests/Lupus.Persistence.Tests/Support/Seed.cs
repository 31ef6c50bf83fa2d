using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Persistence.Tests.Support;

/// <summary>Two sites with one patient each, written with the system scope.</summary>
public sealed record Seed(Site SiteA, Site SiteB, Patient PatientA, Patient PatientB)
{
    public static Seed Write(TestDatabase database)
    {
        using var db = database.Open(AccessScope.System);
        var a = new Site { Code = "A", Name = "Site A" };
        var b = new Site { Code = "B", Name = "Site B" };
        db.Sites.AddRange(a, b);
        var pa = NewPatient("A-001", a.Id);
        var pb = NewPatient("B-001", b.Id);
        pa.Identity = new PatientIdentity { GivenName = "Ana", FamilyName = "Ruiz", HospitalNumber = "H-1" };
        db.Patients.AddRange(pa, pb);
        db.SaveChanges();
        return new Seed(a, b, pa, pb);
    }

    public static Patient NewPatient(string studyId, Guid siteId) => new()
    {
        StudyId = studyId,
        SiteId = siteId,
        Sex = Sex.Female,
        BirthDate = new LocalDate(1990, 5, 17),
        Ethnicity = "Hispanic",
        DiagnosisDate = new LocalDate(2015, 2, 1),
        ClassificationCriteria = ClassificationCriteria.EularAcr2019,
        NephritisClass = NephritisClass.IV,
        ConsentDate = new LocalDate(2025, 11, 3),
    };

    public static AccessScope Investigator(Site site) => new("u-inv", "inv@example.org", UserRole.Investigator, [site.Id]);

    public static AccessScope As(UserRole role, Site site) => new("u-" + role, role + "@example.org", role, [site.Id]);
}
