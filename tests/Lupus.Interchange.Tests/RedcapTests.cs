using CsCheck;
using Lupus.Interchange.Import;
using Lupus.Interchange.Redcap;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;

namespace Lupus.Interchange.Tests;

public sealed class RedcapTests
{
    private static string[] Project => [Examples.Redcap("records.csv"), Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.json")];

    [Fact]
    public void Import_ExampleProject_HoldsTheSameDataAsTheCsvExample()
    {
        using var fromCsv = new Registry();
        CsvRoundTripTests.Import(fromCsv, Examples.CsvSet);
        using var fromRedcap = new Registry();

        Import(fromRedcap, Project);

        AssertSameExport(fromCsv, fromRedcap);
    }

    [Fact]
    public void Export_ThenImport_ReproducesTheData()
    {
        using var source = new Registry();
        CsvRoundTripTests.Import(source, Examples.CsvSet);
        var dir = Examples.Scratch();
        using (var db = source.Open(AccessScope.System))
        {
            RedcapWriter.Write(new Export.DatasetExporter(db).Export(null).Data, dir);
        }

        using var target = new Registry();
        Import(target, [.. Directory.GetFiles(dir)]);

        AssertSameExport(source, target);
        Assert.Equal(source.Counts(), target.Counts());
    }

    [Fact]
    public void Read_MappingAndCodeErrors_AreLocated()
    {
        var dir = Examples.Scratch();
        var mapping = Path.Combine(dir, "mapping.json");
        File.WriteAllText(mapping, File.ReadAllText(Examples.Redcap("mapping.json")).Replace("\"lab_lln\"", "\"lab_low\"", StringComparison.Ordinal));
        var errors = RedcapReader.Read([Examples.Redcap("records.csv"), Examples.Redcap("data_dictionary.csv"), mapping], null).Errors;
        var line = LineOf(mapping, "\"lab_low\"");
        Assert.Equal($"{mapping}:{line}:tables[2].columns.lower_limit: field 'lab_low' is not in the data dictionary", Assert.Single(errors).ToString());

        var records = Path.Combine(dir, "records.csv");
        File.WriteAllText(records, File.ReadAllText(Examples.Redcap("records.csv")).Replace("NUH-002,enrolment_arm_1,,,nuh,1,", "NUH-002,enrolment_arm_1,,,nuh,7,", StringComparison.Ordinal));
        errors = RedcapReader.Read([records, Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.json")], null).Errors;
        Assert.Contains($"{records}:17:sex: code '7' has no value in the mapping", errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ReadAndImport_MutatedRecords_OnlyLocatedErrorsAndNoPartialWrite()
    {
        using var registry = new Registry();
        var dir = Examples.Scratch();
        var seed = File.ReadAllBytes(Examples.Redcap("records.csv"));
        var records = Path.Combine(dir, "records.csv");
        Gen.Select(Gen.Int[0, seed.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 5].Sample(mutations =>
        {
            var bytes = seed.ToList();
            foreach (var (at, value, kind) in mutations)
            {
                var i = at % Math.Max(1, bytes.Count);
                if (kind == 0 && bytes.Count > 0)
                {
                    bytes[i] = value;
                }
                else if (kind == 1 && bytes.Count > 0)
                {
                    bytes.RemoveAt(i);
                }
                else
                {
                    bytes.Insert(i, value);
                }
            }

            File.WriteAllBytes(records, [.. bytes]);
            var before = registry.Counts();
            var data = RedcapReader.Read([records, Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.json")], null);
            using var db = registry.Open(AccessScope.System);
            var result = new DatasetImporter(db, registry.Clock).Import(data, null);
            Assert.All(result.Errors, e => Assert.Contains(e.Location.File, new[] { records, Examples.Redcap("mapping.json"), Examples.Redcap("data_dictionary.csv") }));
            if (!result.Succeeded)
            {
                Assert.Equal(before, registry.Counts());
            }
        }, iter: 40, threads: 1);
    }

    internal static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    internal static void Import(Registry registry, string[] files)
    {
        using var db = registry.Open(AccessScope.System);
        var result = new DatasetImporter(db, registry.Clock).Import(RedcapReader.Read(files, null), null);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }

    internal static void AssertSameExport(Registry expected, Registry actual)
    {
        var a = CsvRoundTripTests.Export(expected);
        var b = CsvRoundTripTests.Export(actual);
        foreach (var file in Directory.GetFiles(a))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(b, Path.GetFileName(file))));
        }
    }
}
