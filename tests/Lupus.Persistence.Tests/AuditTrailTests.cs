using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Tests.Support;
using NodaTime;

namespace Lupus.Persistence.Tests;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void SaveChanges_Insert_RecordsEachFieldWithUserAndTime(string provider)
    {
        using var database = new TestDatabase(provider, nameof(AuditTrailTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.Investigator(seed.SiteA));

        var ae = new AdverseEvent { PatientId = seed.PatientA.Id, Term = "Headache", Grade = 1, OnsetDate = new LocalDate(2026, 2, 2) };
        db.AdverseEvents.Add(ae);
        db.SaveChanges();

        var entries = db.AuditEntries.Where(a => a.EntityId == ae.Id).ToList();
        var grade = Assert.Single(entries, e => e.Field == nameof(AdverseEvent.Grade));
        Assert.Equal((AuditAction.Insert, "inv@example.org", null, "1"), (grade.Action, grade.UserName, grade.OldValue, grade.NewValue));
        Assert.Equal(database.Clock.GetCurrentInstant(), grade.At);
        Assert.Equal("2026-02-02", entries.Single(e => e.Field == nameof(AdverseEvent.OnsetDate)).NewValue);
        Assert.All(entries, e => Assert.Equal(seed.PatientA.Id, e.PatientId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void SaveChanges_Update_RecordsOldNewAndReason(string provider)
    {
        using var database = new TestDatabase(provider, nameof(AuditTrailTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.Investigator(seed.SiteA));
        var patient = db.Patients.Single();

        patient.NephritisClass = NephritisClass.III;
        db.ChangeReason = "Biopsy report re-read";
        db.SaveChanges();

        var change = Assert.Single(db.AuditEntries.Where(a => a.Action == AuditAction.Update));
        Assert.Equal(("NephritisClass", "IV", "III", "Biopsy report re-read"), (change.Field, change.OldValue, change.NewValue, change.Reason));
    }

    [Fact]
    public void SaveChanges_UpdateWithoutReason_IsRefusedAndNothingSaved()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, nameof(AuditTrailTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.Investigator(seed.SiteA));

        db.Patients.Single().Ethnicity = "Other";

        Assert.Throws<ChangeReasonRequiredException>(() => db.SaveChanges());
        using var check = database.Open(AccessScope.System);
        Assert.Equal("Hispanic", check.Patients.Single(p => p.Id == seed.PatientA.Id).Ethnicity);
    }

    [Fact]
    public void SaveChanges_ChangingAnAuditEntry_IsRefused()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, nameof(AuditTrailTests));
        Seed.Write(database);
        using var db = database.Open(AccessScope.System);

        db.AuditEntries.First().NewValue = "tampered";

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }
}
