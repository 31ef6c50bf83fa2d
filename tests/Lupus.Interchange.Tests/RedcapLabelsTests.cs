using Lupus.Interchange.Redcap;
using Lupus.Interchange.Tests.Support;

namespace Lupus.Interchange.Tests;

/// <summary>REDCap "labels" exports: choice labels, Yes/No and Checked/Unchecked read as their codes.</summary>
public sealed class RedcapLabelsTests
{
    private static string[] With(string records) => [records, Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.json")];

    [Fact]
    public void Import_LabelExportOfTheSampleProject_GivesTheSameImportAsRawCodes()
    {
        using var fromCodes = new Registry();
        RedcapTests.Import(fromCodes, With(Examples.Redcap("records.csv")));
        using var fromLabels = new Registry();

        RedcapTests.Import(fromLabels, With(Examples.Redcap("records_labels.csv")));

        RedcapTests.AssertSameExport(fromCodes, fromLabels);
        Assert.Equal(fromCodes.Counts(), fromLabels.Counts());
    }

    [Fact]
    public void Import_CheckboxesExportedAsTheirLabels_AreTicked()
    {
        // REDCap's API with exportCheckboxLabel: a ticked option holds its label, an unticked one is empty.
        var records = Path.Combine(Examples.Scratch(), "records.csv");
        var rows = ReadCsv(Examples.Redcap("records_labels.csv"));
        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (header[i].StartsWith("sledai___", StringComparison.Ordinal))
                {
                    row[i] = row[i] == "Checked" ? Label(header[i]) : "";
                }
            }
        }

        WriteCsv(records, rows);
        Assert.Contains(",rash,", File.ReadAllText(records), StringComparison.Ordinal);
        using var fromCodes = new Registry();
        RedcapTests.Import(fromCodes, With(Examples.Redcap("records.csv")));
        using var fromLabels = new Registry();

        RedcapTests.Import(fromLabels, With(records));

        RedcapTests.AssertSameExport(fromCodes, fromLabels);
    }

    [Fact]
    public void Read_UnknownLabelAndBadCheckbox_AreLocatedErrors()
    {
        var records = Path.Combine(Examples.Scratch(), "records.csv");
        var text = File.ReadAllText(Examples.Redcap("records_labels.csv"));
        var at = text.IndexOf("nuh,Female,", StringComparison.Ordinal);
        text = text[..at] + "nuh,Femme," + text[(at + "nuh,Female,".Length)..];
        var checkedAt = text.IndexOf(",Checked,", StringComparison.Ordinal);
        text = text[..checkedAt] + ",Maybe," + text[(checkedAt + ",Checked,".Length)..];
        File.WriteAllText(records, text);

        var errors = RedcapReader.Read(With(records), null).Errors.Select(e => e.ToString()).ToList();

        var femme = RecordOf(records, "Femme");
        var maybe = RecordOf(records, "Maybe");
        Assert.Contains($"{records}:{femme}:sex: code 'Femme' has no value in the mapping", errors);
        Assert.Contains(errors, e => e.StartsWith($"{records}:{maybe}:sledai___", StringComparison.Ordinal)
            && e.EndsWith("'Maybe' is not a checkbox value (1, 0, Checked, Unchecked or the option's label)", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_LabelOfOneChoiceAndCodeOfAnother_IsAmbiguous()
    {
        var field = new RedcapField("grade", "ae", "dropdown", ["1", "2", "3"], ["2", "Moderate", "Moderate"]);

        Assert.Equal(("1", (string?)null), RedcapChoices.Code(field, "1"));
        Assert.Equal(("1", (string?)null), RedcapChoices.Code(field, "1"));
        Assert.Null(RedcapChoices.Code(field, "2").Code);
        Assert.Equal("'2' is ambiguous: the code of one choice and the label of choice 1", RedcapChoices.Code(field, "2").Error);
        Assert.Equal("'Moderate' is ambiguous: the label of choices 2, 3", RedcapChoices.Code(field, "Moderate").Error);
        Assert.Equal(("Severe", (string?)null), RedcapChoices.Code(field, "Severe"));
    }

    [Fact]
    public void YesNoAndCheckbox_AcceptRawCodesAndLabels()
    {
        var field = new RedcapField("sledai", "visit", "checkbox", ["1", "15"], ["seizure", "rash"]);

        Assert.Equal(["1", "0", "1", "0"], new[] { "Yes", "no", "TRUE", "False" }.Select(RedcapChoices.YesNo));
        Assert.Equal([true, true, true, false, false, false, null], new[] { "1", "Checked", "rash", "0", "Unchecked", "", "seizure" }.Select(v => RedcapChoices.Ticked(field, "15", v)));
    }

    /// <summary>The CSV record number (header = 1) of the first record with a cell equal to <paramref name="cell"/>.</summary>
    internal static string RecordOf(string path, string cell)
    {
        string? found = null;
        Csv.CsvSource.Read(path, null, [], [], row => found ??= row.Cells.Contains(cell) ? row.Location.Record : null);
        return found ?? throw new InvalidOperationException($"no record has '{cell}'");
    }

    private static string Label(string column)
    {
        var code = column.Split("___")[1];
        var line = File.ReadAllLines(Examples.Redcap("data_dictionary.csv")).First(l => l.StartsWith("sledai,", StringComparison.Ordinal));
        var choices = line.Split('"')[1].Split('|').Select(c => c.Split(',', 2)).ToDictionary(c => c[0].Trim(), c => c[1].Trim());
        return choices[code];
    }

    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        Csv.CsvSource.Read(path, null, [], [], row =>
        {
            if (rows.Count == 0)
            {
                rows.Add([.. row.Header]);
            }

            rows.Add([.. row.Cells]);
        });
        return rows;
    }

    private static void WriteCsv(string path, List<string[]> rows) =>
        File.WriteAllLines(path, rows.Select(r => string.Join(',', r.Select(c => c.Length == 0 || c.All(char.IsAsciiLetterOrDigit) ? c : $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\""))));
}
