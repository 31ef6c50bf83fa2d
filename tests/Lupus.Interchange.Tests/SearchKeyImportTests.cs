using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;
using Lupus.Persistence.Search;

namespace Lupus.Interchange.Tests;

/// <summary>Imports keep the patient search keys: bulk-inserted patients and identities, and changed names.</summary>
public sealed class SearchKeyImportTests
{
    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_NewAndChangedPatients_StoreTheSearchKeys(string provider)
    {
        using var registry = new Registry(provider);
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var changed = Examples.Scratch();
        foreach (var file in Examples.CsvSet)
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(changed, name), name == "patients.csv" ? text.Replace(",Tan,", ",tan-Lee,", StringComparison.Ordinal) : text);
        }

        var result = CsvRoundTripTests.Import(registry, Directory.GetFiles(changed));

        // Projections read the stored columns (the entities' setters would derive the keys again).
        using var db = registry.Open(AccessScope.System);
        var patients = db.Patients.Select(p => new { p.StudyId, p.StudyIdKey }).ToList();
        var identities = db.PatientIdentities.Select(i => new { i.FamilyName, i.FamilyNameKey, i.HospitalNumber, i.HospitalNumberKey }).ToList();
        Assert.Equal(1, result.Updated);
        Assert.NotEmpty(identities);
        Assert.All(patients, p => Assert.Equal(SearchKey.Of(p.StudyId), p.StudyIdKey));
        Assert.All(identities, i => Assert.Equal((SearchKey.Of(i.FamilyName), SearchKey.Of(i.HospitalNumber)), (i.FamilyNameKey, i.HospitalNumberKey)));
        Assert.Single(identities, i => i.FamilyNameKey == "TAN-LEE");
        Assert.DoesNotContain(identities, i => i.FamilyNameKey == "TAN");
    }
}
