using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using Lupus.Persistence.Tests.Support;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lupus.Persistence.Tests;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("  nuh-b0042 ", "NUH-B0042")]
    [InlineData("Müller-Łódź", "MüLLER-ŁóDź")]
    [InlineData("o'brien smith", "O'BRIEN SMITH")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Of_TrimsSpacesAndUpperCasesAsciiLetters(string? text, string key) => Assert.Equal(key, SearchKey.Of(text));

    [Fact]
    public void UpperBound_SortsAfterEveryKeyWithThePrefixAndBeforeTheNext()
    {
        var end = SearchKey.UpperBound("NUH-B0");

        Assert.True(string.CompareOrdinal("NUH-B0ZZZ\u00ff\u4e2d", end) < 0);
        Assert.True(string.CompareOrdinal("NUH-B1", end) > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void Save_SetsTheKeysAndLeavesThemOutOfTheAudit(string provider)
    {
        using var database = new TestDatabase(provider, nameof(SearchKeyTests));
        var seed = Seed.Write(database);
        using var db = database.Open(Seed.Investigator(seed.SiteA));

        var identity = db.PatientIdentities.Single();
        identity.FamilyName = "de la Cruz";
        identity.HospitalNumber = "h-77";
        db.ChangeReason = "Name corrected";
        db.SaveChanges();

        using var check = database.Open(AccessScope.System);
        var stored = check.PatientIdentities.Single(i => i.FamilyNameKey == "DE LA CRUZ" && i.HospitalNumberKey == "H-77");
        Assert.Equal(seed.PatientA.Id, stored.PatientId);
        Assert.Equal("A-001", check.Patients.Single(p => p.StudyIdKey == "A-001").StudyId);
        var fields = check.AuditEntries.Select(a => a.Field).Distinct().ToList();
        Assert.Contains(nameof(PatientIdentity.FamilyName), fields);
        Assert.DoesNotContain(fields, f => f.EndsWith("Key", StringComparison.Ordinal));
    }

    /// <summary>The migration's back-fill computes, in SQL, the keys the entities compute on save.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public void Migration_BackFillsTheKeysOfExistingRows(string provider)
    {
        using var database = new TestDatabase(provider, nameof(SearchKeyTests));
        var seed = Seed.Write(database);
        string[] names = ["  müller-Łódź ", "o'brien", "Zoë ÅSTRÖM", "ß straße"];
        using (var db = database.Open(AccessScope.System))
        {
            foreach (var (name, i) in names.Select((n, i) => (n, i)))
            {
                var patient = Seed.NewPatient($" nuh-x{i}é ", seed.SiteA.Id);
                patient.Identity = new PatientIdentity { GivenName = "G", FamilyName = name, HospitalNumber = $"h{i}-ä" };
                db.Patients.Add(patient);
            }

            db.SaveChanges();
            // Down to the migration before the keys (drops them), then up again: the back-fill runs on the stored rows.
            var migrator = db.GetService<IMigrator>();
            migrator.Migrate("VisitBilagItems");
            migrator.Migrate();
        }

        // Projections read the stored columns (the entities' setters would derive the keys again).
        using var check = database.Open(AccessScope.System);
        var patients = check.Patients.Select(p => new { p.StudyId, p.StudyIdKey }).ToList();
        var identities = check.PatientIdentities.Select(i => new { i.FamilyName, i.FamilyNameKey, i.HospitalNumber, i.HospitalNumberKey }).ToList();
        Assert.Equal(names.Length + 2, patients.Count);
        Assert.All(patients, p => Assert.Equal(SearchKey.Of(p.StudyId), p.StudyIdKey));
        Assert.All(identities, i => Assert.Equal((SearchKey.Of(i.FamilyName), SearchKey.Of(i.HospitalNumber)), (i.FamilyNameKey, i.HospitalNumberKey)));
        Assert.Contains(identities, i => i.FamilyNameKey == "MüLLER-ŁóDź");
        Assert.Contains(patients, p => p.StudyIdKey == "NUH-X0é");
    }
}
