using System.Globalization;
using Lupus.Interchange.Csv;
using Lupus.Interchange.Export;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tests;

public sealed class CsvRoundTripTests
{
    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_Export_Import_ReproducesTheDataExactly(string provider)
    {
        using var first = new Registry(provider);
        Import(first, Examples.CsvSet);
        var exported = Export(first);

        using var second = new Registry(provider);
        Import(second, Directory.GetFiles(exported));
        var again = Export(second);

        Assert.Equal(first.Counts(), second.Counts());
        foreach (var file in Directory.GetFiles(exported))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(again, Path.GetFileName(file))));
        }
    }

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_SameDataTwice_ChangesNothing(string provider)
    {
        using var registry = new Registry(provider);
        Import(registry, Examples.CsvSet);
        var before = registry.Counts();

        var result = Import(registry, Examples.CsvSet);

        Assert.Equal(before, registry.Counts());
        Assert.Equal((0, 0), (result.Inserted, result.Updated));
    }

    [Fact]
    public void Import_ConvertsLabValuesToTheCanonicalUnit()
    {
        using var registry = new Registry();
        Import(registry, Examples.CsvSet);

        using var db = registry.Open(AccessScope.System);
        var labs = db.LabResults.ToList();
        var creatinine = labs.Single(l => l.Analyte == Analyte.Creatinine);
        Assert.Equal((1.09m * 88.4m, "umol/L", 0.5m * 88.4m), (creatinine.Value, creatinine.Unit, creatinine.LowerLimit!.Value));
        Assert.Equal((0.62m, "g/L"), (labs.Single(l => l.Analyte == Analyte.C3 && l.Value < 0.7m).Value, "g/L"));
        var upcr = labs.Single(l => l.Analyte == Analyte.Upcr);
        Assert.Equal(("g/g", 1.85m), (upcr.Unit, Math.Round(upcr.Value, 10)));
        Assert.Equal((0.45m, "g/24h"), (labs.Single(l => l.Analyte == Analyte.Proteinuria24h).Value, "g/24h"));
        Assert.Equal(10.8m, labs.Single(l => l.Analyte == Analyte.Haemoglobin).Value);
        Assert.Equal(31m, labs.Single(l => l.Analyte == Analyte.Albumin).Value);
        Assert.Equal(5m, labs.Single(l => l.Analyte == Analyte.Bun).Value);
        Assert.Equal("U/mL", labs.Single(l => l.Analyte == Analyte.AntiDsDna && l.Value == 45).Unit);
    }

    [Fact]
    public void Import_ScoresVisitsWithTheClinicalLibrary()
    {
        using var registry = new Registry();
        Import(registry, Examples.CsvSet);

        using var db = registry.Open(AccessScope.System);
        var baseline = db.Visits.Single(v => v.VisitDate == new NodaTime.LocalDate(2025, 10, 6));
        var expected = Persistence.Clinical.VisitScorer.Score(baseline, null, NephritisClass.IV);
        Assert.NotNull(baseline.Sledai2k);
        Assert.Equal((expected.Sledai2k, expected.BilagRenalGrade), (baseline.Sledai2k, baseline.BilagRenalGrade));
    }

    [Fact]
    public void Import_ChangedValue_IsAnAuditedUpdateWithTheFileAsReason()
    {
        using var registry = new Registry();
        Import(registry, Examples.CsvSet);
        var dir = Examples.Scratch();
        var labs = Path.Combine(dir, "labs.csv");
        File.WriteAllText(labs, File.ReadAllText(Examples.CsvSet.Single(f => f.EndsWith("labs.csv", StringComparison.Ordinal)))
            .Replace("RLC,RLC-001,2025-11-03,Platelets,210,", "RLC,RLC-001,2025-11-03,Platelets,215,", StringComparison.Ordinal));
        var before = registry.Counts();

        var result = Import(registry, [labs]);

        Assert.Equal(1, result.Updated);
        using var db = registry.Open(AccessScope.System);
        var change = Assert.Single(db.AuditEntries.Where(a => a.Action == AuditAction.Update));
        Assert.Equal(("Value", 210m, 215m, "import " + labs),
            (change.Field, decimal.Parse(change.OldValue!, CultureInfo.InvariantCulture), decimal.Parse(change.NewValue!, CultureInfo.InvariantCulture), change.Reason));
        Assert.Equal(before.Labs, registry.Counts().Labs);
    }

    [Fact]
    public void Import_InsertedRecord_IsAuditedOnceWithEveryValue()
    {
        using var registry = new Registry();
        Import(registry, Examples.CsvSet);

        using var db = registry.Open(AccessScope.System);
        var lab = db.LabResults.Single(l => l.Analyte == Analyte.Platelets);
        var entry = Assert.Single(db.AuditEntries.Where(a => a.PatientId == lab.PatientId).AsEnumerable().SelectMany(BulkAudit.Expand),
            a => a.EntityId == lab.Id);
        Assert.Equal((AuditAction.Insert, "*", "system"), (entry.Action, entry.Field, entry.UserName));
        Assert.Equal("Analyte=Platelets; CollectionDate=2025-11-03; LowerLimit=150; PatientId=" + lab.PatientId + "; Unit=10*9/L; UpperLimit=400; Value=210",
            entry.NewValue);
    }

    internal static ImportResult Import(Registry registry, IReadOnlyList<string> files, AccessScope? scope = null, string? site = null)
    {
        using var db = registry.Open(scope ?? AccessScope.System);
        var result = new DatasetImporter(db, registry.Clock).Import(CsvDatasetReader.Read(files), site);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result;
    }

    internal static string Export(Registry registry, bool deidentify = false, AccessScope? scope = null)
    {
        using var db = registry.Open(scope ?? AccessScope.System);
        var (data, ids) = new DatasetExporter(db).Export(null);
        if (deidentify)
        {
            data = new Deidentifier(db).Apply(data, ids);
        }

        var dir = Examples.Scratch();
        CsvDatasetWriter.Write(data, dir);
        return dir;
    }
}
