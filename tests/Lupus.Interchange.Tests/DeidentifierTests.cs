using Lupus.Interchange.Csv;
using Lupus.Interchange.Export;
using Lupus.Interchange.Model;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;
using NodaTime;

namespace Lupus.Interchange.Tests;

public sealed class DeidentifierTests
{
    [Fact]
    public void Apply_DropsIdentifiersShiftsDatesAndCapsAges_StableAcrossExports()
    {
        using var registry = new Registry();
        CsvRoundTripTests.Import(registry, Examples.CsvSet);

        var first = Deidentified(registry);
        var second = Deidentified(registry);
        var original = Identified(registry);

        Assert.Equal(CsvText(first), CsvText(second));
        Assert.All(first.Patients, p => Assert.Null(p.Identity));
        Assert.All(first.Patients, p => Assert.Matches("^P[0-9A-F]{16}$", p.Key.StudyId));
        Assert.All(first.Visits, v => Assert.Equal("", v.ConcomitantTreatments));
        Assert.All(first.Infusions, i => Assert.Equal("", i.Lot));
        // Apply keeps the row order, so each de-identified patient pairs with its original.
        foreach (var (real, deid) in original.Patients.Zip(first.Patients))
        {
            var shift = Period.Between(real.ConsentDate, deid.ConsentDate, PeriodUnits.Days).Days;
            Assert.InRange(shift, -Deidentifier.MaxShiftDays, Deidentifier.MaxShiftDays);
            Assert.Equal(real.DiagnosisDate.PlusDays(shift), deid.DiagnosisDate);
            var age = Period.Between(deid.BirthDate, deid.ConsentDate, PeriodUnits.Years).Years;
            Assert.Equal(Math.Min(90, Period.Between(real.BirthDate, real.ConsentDate, PeriodUnits.Years).Years), age);
        }

        Assert.Equal(90, Period.Between(first.Patients.Single(p => p.Key.SiteCode == "RLC").BirthDate,
            first.Patients.Single(p => p.Key.SiteCode == "RLC").ConsentDate, PeriodUnits.Years).Years);
        var text = CsvText(first);
        Assert.DoesNotContain("Tan", text, StringComparison.Ordinal);
        Assert.DoesNotContain("S1234567D", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NUH-001", text, StringComparison.Ordinal);
    }

    private static InterchangeDataset Identified(Registry registry)
    {
        using var db = registry.Open(AccessScope.System);
        return new DatasetExporter(db).Export(null).Data;
    }

    private static InterchangeDataset Deidentified(Registry registry)
    {
        using var db = registry.Open(AccessScope.System);
        var (data, ids) = new DatasetExporter(db).Export(null);
        return new Deidentifier(db).Apply(data, ids);
    }

    private static string CsvText(InterchangeDataset data)
    {
        var dir = Examples.Scratch();
        return string.Concat(CsvDatasetWriter.Write(data, dir).Select(File.ReadAllText));
    }
}
