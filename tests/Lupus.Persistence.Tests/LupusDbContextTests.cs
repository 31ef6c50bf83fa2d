using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Persistence.Tests;

public sealed class LupusDbContextTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void Migrate_RoundTripsNodaTimeDatesAndEnums(string provider)
    {
        using var database = new TestDatabase(provider, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);

        using var db = database.Open(AccessScope.System);
        var patient = db.Patients.Single(p => p.Id == seed.PatientA.Id);

        Assert.Equal(new LocalDate(1990, 5, 17), patient.BirthDate);
        Assert.Equal(NephritisClass.IV, patient.NephritisClass);
        Assert.Equal(ClassificationCriteria.EularAcr2019, patient.ClassificationCriteria);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void QueryFilter_OtherSiteRecords_AreInvisible(string provider)
    {
        using var database = new TestDatabase(provider, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);
        using (var system = database.Open(AccessScope.System))
        {
            system.Visits.Add(new Visit { PatientId = seed.PatientB.Id, VisitDate = new LocalDate(2026, 1, 5) });
            system.SaveChanges();
        }

        using var db = database.Open(Seed.Investigator(seed.SiteA));

        Assert.Equal(["A-001"], db.Patients.Select(p => p.StudyId).ToArray());
        Assert.Null(db.Patients.FirstOrDefault(p => p.Id == seed.PatientB.Id));
        Assert.Empty(db.Visits);
        Assert.Equal(["A"], db.Sites.Select(s => s.Code).ToArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void QueryFilter_Statistician_NeverSeesIdentity(string provider)
    {
        using var database = new TestDatabase(provider, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);

        using var statistician = database.Open(Seed.As(UserRole.Statistician, seed.SiteA));
        using var investigator = database.Open(Seed.Investigator(seed.SiteA));

        Assert.Empty(statistician.PatientIdentities);
        Assert.Null(statistician.Patients.Include(p => p.Identity).Single().Identity);
        Assert.Equal("Ruiz", investigator.Patients.Include(p => p.Identity).Single().Identity!.FamilyName);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void SaveChanges_SecondOfTwoConcurrentEdits_IsRefused(string provider)
    {
        using var database = new TestDatabase(provider, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);
        using var first = database.Open(Seed.Investigator(seed.SiteA));
        using var second = database.Open(Seed.Investigator(seed.SiteA));
        var mine = first.Patients.Single();
        var theirs = second.Patients.Single();

        mine.Ethnicity = "Mestizo";
        first.ChangeReason = "Corrected from source";
        first.SaveChanges();
        theirs.Ethnicity = "Other";
        second.ChangeReason = "Corrected from source";

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = database.Open(AccessScope.System);
        var saved = check.Patients.Single(p => p.Id == seed.PatientA.Id);
        Assert.Equal(("Mestizo", 1), (saved.Ethnicity, saved.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void SaveChanges_Monitor_CannotWrite(string provider)
    {
        using var database = new TestDatabase(provider, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.As(UserRole.Monitor, seed.SiteA));

        db.Visits.Add(new Visit { PatientId = seed.PatientA.Id, VisitDate = new LocalDate(2026, 1, 5) });

        Assert.Throws<ClinicalWriteDeniedException>(() => db.SaveChanges());
    }

    [Fact]
    public void SaveChanges_InvestigatorAddingToOtherSite_IsRefused()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, nameof(LupusDbContextTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.Investigator(seed.SiteA));

        db.Visits.Add(new Visit { PatientId = seed.PatientB.Id, VisitDate = new LocalDate(2026, 1, 5) });

        Assert.Throws<ClinicalWriteDeniedException>(() => db.SaveChanges());
    }
}
