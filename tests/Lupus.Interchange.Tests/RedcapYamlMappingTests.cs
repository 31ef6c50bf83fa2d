using Lupus.Interchange.Redcap;
using Lupus.Interchange.Tests.Support;

namespace Lupus.Interchange.Tests;

/// <summary>The mapping written in YAML: the schema of the JSON mapping, errors with file, line and field.</summary>
public sealed class RedcapYamlMappingTests
{
    private static string[] With(string mapping) => [Examples.Redcap("records.csv"), Examples.Redcap("data_dictionary.csv"), mapping];

    [Fact]
    public void Import_YamlCopyOfTheSampleMapping_GivesTheSameImportAsJson()
    {
        using var fromJson = new Registry();
        RedcapTests.Import(fromJson, With(Examples.Redcap("mapping.json")));
        using var fromYaml = new Registry();

        RedcapTests.Import(fromYaml, With(Examples.Redcap("mapping.yaml")));

        RedcapTests.AssertSameExport(fromJson, fromYaml);
        Assert.Equal(fromJson.Counts(), fromYaml.Counts());
    }

    [Fact]
    public void Read_YmlExtension_IsAMappingToo()
    {
        var mapping = Path.Combine(Examples.Scratch(), "project.yml");
        File.Copy(Examples.Redcap("mapping.yaml"), mapping);

        var data = RedcapReader.Read(With(mapping), null);

        Assert.Empty(data.Errors);
        Assert.Equal(RedcapReader.Read(With(Examples.Redcap("mapping.json")), null).RowCount, data.RowCount);
    }

    [Fact]
    public void Read_YamlFieldNotInDictionary_NamesFileLineAndField()
    {
        var mapping = Rewrite("lower_limit: lab_lln", "lower_limit: lab_low");

        var errors = RedcapReader.Read(With(mapping), null).Errors;

        var line = RedcapTests.LineOf(mapping, "lab_low");
        Assert.Equal($"{mapping}:{line}:tables[2].columns.lower_limit: field 'lab_low' is not in the data dictionary", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Read_YamlUnknownKey_NamesItsLineAndPath()
    {
        var mapping = Rewrite("    repeating: true\n    columns:\n      collection_date", "    repeating: true\n    colour: blue\n    columns:\n      collection_date");

        var error = Assert.Single(RedcapReader.Read(With(mapping), null).Errors);

        Assert.Equal(RedcapTests.LineOf(mapping, "colour: blue").ToString(System.Globalization.CultureInfo.InvariantCulture), error.Location.Record);
        Assert.Equal("tables[2].colour", error.Location.Field);
        Assert.Contains("colour", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlWrongTypeAndBadSyntax_AreLocated()
    {
        var wrongType = Rewrite("    repeating: true\n    columns:\n      collection_date", "    repeating: often\n    columns:\n      collection_date");
        var error = Assert.Single(RedcapReader.Read(With(wrongType), null).Errors);
        Assert.Equal((RedcapTests.LineOf(wrongType, "repeating: often").ToString(System.Globalization.CultureInfo.InvariantCulture), "tables[2].repeating"), (error.Location.Record, error.Location.Field));

        var badSyntax = Rewrite("  - table: labs", "  - table: [labs");
        error = Assert.Single(RedcapReader.Read(With(badSyntax), null).Errors);
        Assert.Equal(badSyntax, error.Location.File);
        Assert.True(int.Parse(error.Location.Record, System.Globalization.CultureInfo.InvariantCulture) >= RedcapTests.LineOf(badSyntax, "[labs"));
    }

    [Fact]
    public void Read_YamlWithoutRecordId_IsRefused()
    {
        var mapping = Rewrite("record_id: record_id\n", "");

        var error = Assert.Single(RedcapReader.Read(With(mapping), null).Errors);

        Assert.Equal($"{mapping}:1:record_id: invalid mapping: 'record_id' is required", error.ToString());
    }

    [Fact]
    public void Read_JsonUnknownKey_NamesLineAndPath()
    {
        var mapping = Path.Combine(Examples.Scratch(), "mapping.json");
        File.WriteAllText(mapping, File.ReadAllText(Examples.Redcap("mapping.json")).Replace("\"repeating\": true,", "\"repeating\": true,\n      \"colour\": \"blue\",", StringComparison.Ordinal));

        var error = Assert.Single(RedcapReader.Read(With(mapping), null).Errors);

        Assert.Equal(RedcapTests.LineOf(mapping, "colour").ToString(System.Globalization.CultureInfo.InvariantCulture), error.Location.Record);
        Assert.Equal("tables[1].colour", error.Location.Field);
    }

    private static string Rewrite(string from, string to)
    {
        var original = File.ReadAllText(Examples.Redcap("mapping.yaml"));
        Assert.Contains(from, original, StringComparison.Ordinal);
        var mapping = Path.Combine(Examples.Scratch(), "mapping.yaml");
        File.WriteAllText(mapping, original.Replace(from, to, StringComparison.Ordinal));
        return mapping;
    }
}
