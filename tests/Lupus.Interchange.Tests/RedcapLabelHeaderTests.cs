using Lupus.Interchange.Redcap;
using Lupus.Interchange.Tests.Support;

namespace Lupus.Interchange.Tests;

/// <summary>REDCap's full "CSV (labels)" download: field labels as column headers, event and instrument labels as values.</summary>
public sealed class RedcapLabelHeaderTests
{
    private const string Sample = "records_label_headers.csv";

    private static string[] With(string records, string? dictionary = null) =>
        [records, dictionary ?? Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.json")];

    [Fact]
    public void Import_LabelHeaderExportOfTheSampleProject_GivesTheSameImportAsTheRawExport()
    {
        using var fromRaw = new Registry();
        RedcapTests.Import(fromRaw, With(Examples.Redcap("records.csv")));
        using var fromLabels = new Registry();

        RedcapTests.Import(fromLabels, With(Examples.Redcap(Sample)));

        RedcapTests.AssertSameExport(fromRaw, fromLabels);
        Assert.Equal(fromRaw.Counts(), fromLabels.Counts());
    }

    [Fact]
    public void Import_RecordIdHeaderQuotedChoicesAndYamlMapping_AreReadToo()
    {
        // "Record ID" heads the first column in some versions; REDCap before 6.0 quoted the choice label.
        var records = Rewrite("Study ID,", "Record ID,", "(choice=rash)", "(choice='rash')");
        using var fromRaw = new Registry();
        RedcapTests.Import(fromRaw, With(Examples.Redcap("records.csv")));
        using var fromLabels = new Registry();

        RedcapTests.Import(fromLabels, [records, Examples.Redcap("data_dictionary.csv"), Examples.Redcap("mapping.yaml")]);

        RedcapTests.AssertSameExport(fromRaw, fromLabels);
    }

    [Fact]
    public void Read_HeaderOfTwoFieldsWithTheSameLabel_IsAmbiguous()
    {
        var dictionary = Path.Combine(Examples.Scratch(), "data_dictionary.csv");
        File.WriteAllText(dictionary, File.ReadAllText(Examples.Redcap("data_dictionary.csv"))
            .Replace("phone,demographics,,text,Phone,", "phone,demographics,,text,Ethnicity,", StringComparison.Ordinal));
        var records = Examples.Redcap(Sample);

        var data = RedcapReader.Read(With(records, dictionary), null);

        Assert.Contains($"{records}:1:Ethnicity: ambiguous header: fields 'ethnicity', 'phone' have this label in the data dictionary",
            Errors(data));
        Assert.Equal(0, data.RowCount);
    }

    [Fact]
    public void Read_UnknownHeaderAndUnknownChoice_AreLocatedAtTheHeader()
    {
        var records = Rewrite(",Ethnicity,", ",Ethnic group,", "(choice=rash)", "(choice=skin rash)");

        var data = RedcapReader.Read(With(records), null);

        Assert.Equal(
            [
                $"{records}:1:Ethnic group: unknown header: no field of the data dictionary has this label",
                $"{records}:1:SLEDAI-2K descriptors present (choice=skin rash): unknown header: checkbox field 'sledai' has no choice labelled 'skin rash'",
            ],
            Errors(data));
        Assert.Equal(0, data.RowCount);
    }

    [Fact]
    public void Read_EventOrInstrumentLabelNotInTheMapping_IsALocatedError()
    {
        var text = File.ReadAllText(Examples.Redcap(Sample));
        var visit = text.IndexOf("Follow-up (Arm 1: Arm A),Visit,", StringComparison.Ordinal);
        var lab = text.IndexOf("Follow-up (Arm 1: Arm A),Labs,", StringComparison.Ordinal);
        text = text[..visit] + "Follow up (Arm 1: Arm A),Visit," + text[(visit + 31)..lab] + "Follow-up (Arm 1: Arm A),Lab results," + text[(lab + 30)..];
        var records = Path.Combine(Examples.Scratch(), "records.csv");
        File.WriteAllText(records, text);

        var errors = Errors(RedcapReader.Read(With(records), null));

        Assert.Equal(
            [
                $"{records}:{RedcapLabelsTests.RecordOf(records, "Follow up (Arm 1: Arm A)")}:Event Name: event 'Follow up (Arm 1: Arm A)' cannot be matched: it is neither a label under 'events' in the mapping nor a unique name the mapping uses",
                $"{records}:{RedcapLabelsTests.RecordOf(records, "Lab results")}:Repeat Instrument: instrument 'Lab results' cannot be matched: it is neither a label under 'instruments' in the mapping nor a unique name the mapping uses",
            ],
            errors);
    }

    [Fact]
    public void Read_RawHeaders_AreNotTakenForLabels()
    {
        // The raw export's header has the record id field's name, so the header is read as it is.
        var data = RedcapReader.Read(With(Examples.Redcap("records.csv")), null);

        Assert.Empty(data.Errors);
        Assert.Equal(RedcapReader.Read(With(Examples.Redcap(Sample)), null).RowCount, data.RowCount);
    }

    private static List<string> Errors(Model.InterchangeDataset data) => [.. data.Errors.Select(e => e.ToString())];

    private static string Rewrite(params string[] pairs)
    {
        var text = File.ReadAllText(Examples.Redcap(Sample));
        for (var i = 0; i < pairs.Length; i += 2)
        {
            Assert.Contains(pairs[i], text, StringComparison.Ordinal);
            text = text.Replace(pairs[i], pairs[i + 1], StringComparison.Ordinal);
        }

        var records = Path.Combine(Examples.Scratch(), "records.csv");
        File.WriteAllText(records, text);
        return records;
    }
}
