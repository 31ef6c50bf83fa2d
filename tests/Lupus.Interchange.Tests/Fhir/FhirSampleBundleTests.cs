using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Interchange.Tests.Fhir;

public sealed class FhirSampleBundleTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "examples", "fhir", "sample-bundle.json");
    private static readonly PatientKey Wang = new("NJ01", "MSC-SLE-0007");

    private static InterchangeDataset ReadSample()
    {
        var data = FhirBundleReader.Read([Sample]);
        Assert.Empty(data.Errors);
        return data;
    }

    [Fact]
    public void Read_sample_patients_take_site_from_organization_reference_or_identifier()
    {
        var data = ReadSample();

        Assert.Equal(2, data.Patients.Count);
        var wang = data.Patients[0];
        Assert.Equal(Wang, wang.Key);
        Assert.Equal(Sex.Female, wang.Sex);
        Assert.Equal(new LocalDate(1988, 4, 23), wang.BirthDate);
        Assert.Equal("Han Chinese", wang.Ethnicity);
        Assert.Equal(new LocalDate(2016, 9, 14), wang.DiagnosisDate);
        Assert.Equal(ClassificationCriteria.Slicc2012, wang.ClassificationCriteria);
        Assert.Equal(NephritisClass.IV, wang.NephritisClass);
        Assert.Equal(new LocalDate(2023, 2, 1), wang.ConsentDate);
        Assert.Equal(new PatientIdentityRow("Li Na", "Wang", "H20160914-3321", "+86 25 8310 5555", "wang.lina@example.org"), wang.Identity);
        Assert.Equal("entry[1]", wang.Source.Record);

        var other = data.Patients[1];
        Assert.Equal(new PatientKey("NJ01", "MSC-SLE-0012"), other.Key);
        Assert.Equal(Sex.Male, other.Sex);
        Assert.Equal("", other.Ethnicity);
        Assert.Equal(NephritisClass.None, other.NephritisClass);
        Assert.Null(other.Identity);
    }

    [Fact]
    public void Read_sample_visit_collects_items_of_its_encounter()
    {
        var visit = Assert.Single(ReadSample().Visits);

        Assert.Equal(Wang, visit.Patient);
        Assert.Equal(new LocalDate(2023, 3, 1), visit.VisitDate);
        Assert.Equal(["rash", "proteinuria"], visit.SledaiDescriptors);
        Assert.Equal(0.52m, visit.C3GPerL);
        Assert.Equal(0.9m, visit.C3LowerLimitGPerL);
        Assert.Equal(132, visit.SystolicBpMmHg);
        Assert.Equal(1.5m, visit.Pga);
        Assert.Equal(15m, visit.PrednisoneMgPerDay);
        Assert.Equal("hydroxychloroquine 400 mg/d; mycophenolate mofetil 1.5 g/d", visit.ConcomitantTreatments);
        Assert.Null(visit.C4GPerL);
        Assert.Null(visit.DiastolicBpMmHg);
        Assert.Null(visit.NephroticSyndrome);
    }

    [Fact]
    public void Read_sample_labs_keep_source_units_in_catalogue_spelling()
    {
        var labs = ReadSample().Labs;

        var expected = new[]
        {
            (Analyte.Creatinine, new LocalDate(2023, 3, 1), 1.32m, "mg/dL", (decimal?)0.57m, (decimal?)1.11m),
            (Analyte.Platelets, new LocalDate(2023, 3, 1), 182m, "10*9/L", null, null),
            (Analyte.Proteinuria24h, new LocalDate(2023, 2, 28), 1840m, "mg/24h", null, null),
        };
        Assert.Equal(expected, labs.Select(l => (l.Analyte, l.CollectionDate, l.Value, l.Unit, l.LowerLimit, l.UpperLimit)));
        Assert.All(labs, l => Assert.Equal(Wang, l.Patient));
    }

    [Fact]
    public void Read_sample_infusion_adverse_event_and_immune_panel()
    {
        var data = ReadSample();

        var infusion = Assert.Single(data.Infusions);
        Assert.Equal(
            (new LocalDate(2023, 3, 2), MscSource.UmbilicalCord, DonorType.Allogeneic, 1_000_000m, 58_000_000m, "UC-2023-0117", 4, 93.5m,
                InfusionRoute.Intravenous),
            (infusion.InfusionDate, infusion.CellSource, infusion.DonorType, infusion.DoseCellsPerKg, infusion.TotalCells, infusion.Lot,
                infusion.Passage, infusion.ViabilityPercent, infusion.Route));

        var adverseEvent = Assert.Single(data.AdverseEvents);
        Assert.Equal(("Fever", 1, false, InfusionRelation.Possible, new LocalDate(2023, 3, 2), (LocalDate?)new LocalDate(2023, 3, 3)),
            (adverseEvent.Term, adverseEvent.Grade, adverseEvent.Serious, adverseEvent.RelationToInfusion, adverseEvent.OnsetDate,
                adverseEvent.ResolutionDate));

        var panel = Assert.Single(data.ImmunePanels);
        Assert.Equal((new LocalDate(2023, 3, 1), (decimal?)4.1m, (decimal?)1.9m, (decimal?)12.5m, (decimal?)null),
            (panel.SampleDate, panel.TregPercent, panel.Th17Percent, panel.Il6PgPerMl, panel.Th1Percent));
    }

    [Fact]
    public void Read_sample_written_back_reads_to_the_same_rows()
    {
        var expected = ReadSample();
        var directory = Directory.CreateTempSubdirectory("lupus-fhir-");
        try
        {
            var actual = FhirBundleReader.Read(FhirBundleWriter.Write(expected, directory.FullName));

            Assert.Empty(actual.Errors);
            FhirRoundTripTests.AssertEqual(expected, actual);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
