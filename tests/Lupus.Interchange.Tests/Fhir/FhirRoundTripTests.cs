using CsCheck;
using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tests.Fhir;

public sealed class FhirRoundTripTests
{
    private static readonly SourceLocation Same = new("", "");
    private static readonly string[] NoDescriptors = [];

    [Fact]
    public void Write_then_Read_gives_an_equal_data_set()
    {
        InterchangeGen.Dataset.Sample(expected =>
        {
            var directory = Directory.CreateTempSubdirectory("lupus-fhir-");
            try
            {
                var files = FhirBundleWriter.Write(expected, directory.FullName);
                var actual = FhirBundleReader.Read(files);

                Assert.Empty(actual.Errors);
                AssertEqual(expected, actual);
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }, iter: 150);
    }

    [Fact]
    public void Write_is_deterministic_for_equal_data_sets()
    {
        InterchangeGen.Dataset.Sample(data =>
        {
            var first = Directory.CreateTempSubdirectory("lupus-fhir-");
            var second = Directory.CreateTempSubdirectory("lupus-fhir-");
            try
            {
                var a = File.ReadAllBytes(FhirBundleWriter.Write(data, first.FullName)[0]);
                var b = File.ReadAllBytes(FhirBundleWriter.Write(data, second.FullName)[0]);
                Assert.Equal(a, b);
            }
            finally
            {
                first.Delete(recursive: true);
                second.Delete(recursive: true);
            }
        }, iter: 10);
    }

    [Fact]
    public void Write_refuses_rows_of_a_patient_missing_from_the_data_set()
    {
        var data = InterchangeGen.Dataset.Where(d => d.Labs.Count > 0).Single();
        data.Patients.Clear();

        var error = Assert.Throws<ArgumentException>(() => FhirBundleWriter.Write(data, Path.GetTempPath()));
        Assert.Equal("data", error.ParamName);
    }

    internal static void AssertEqual(InterchangeDataset expected, InterchangeDataset actual)
    {
        Assert.Equal(expected.Patients.Select(p => p with { Source = Same }), actual.Patients.Select(p => p with { Source = Same }));
        Assert.Equal(expected.Visits.Select(Comparable), actual.Visits.Select(Comparable));
        Assert.Equal(expected.Labs.Select(l => l with { Source = Same }), actual.Labs.Select(l => l with { Source = Same }));
        Assert.Equal(expected.Infusions.Select(i => i with { Source = Same }), actual.Infusions.Select(i => i with { Source = Same }));
        Assert.Equal(expected.AdverseEvents.Select(e => e with { Source = Same }), actual.AdverseEvents.Select(e => e with { Source = Same }));
        Assert.Equal(expected.ImmunePanels.Select(p => p with { Source = Same }), actual.ImmunePanels.Select(p => p with { Source = Same }));
    }

    private static (VisitRow Row, string Descriptors) Comparable(VisitRow visit) =>
        (visit with { Source = Same, SledaiDescriptors = NoDescriptors }, string.Join(",", visit.SledaiDescriptors));
}
