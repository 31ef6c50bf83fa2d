using System.Globalization;
using System.Reflection;
using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// Writes a data set as a REDCap project: <c>records.csv</c> (raw codes, one row per patient in the enrolment event
/// and one per repeating instrument instance), and the project's <c>data_dictionary.csv</c> and <c>mapping.json</c>
/// (the standard LupusTrials project of examples/redcap), so the three files import back as they are.
/// </summary>
public static class RedcapWriter
{
    public const string RecordsFile = "records.csv";
    public const string DictionaryFile = "data_dictionary.csv";
    public const string MappingFile = "mapping.json";

    public static IReadOnlyList<string> Write(InterchangeDataset data, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(outDirectory);
        var dictionaryPath = Path.Combine(outDirectory, DictionaryFile);
        var mappingPath = Path.Combine(outDirectory, MappingFile);
        File.WriteAllText(dictionaryPath, Resource(DictionaryFile));
        File.WriteAllText(mappingPath, Resource(MappingFile));
        var errors = new List<InterchangeError>();
        var mapping = RedcapMapping.Parse(Resource(MappingFile));
        var dictionary = RedcapMetadata.Read(dictionaryPath, errors);
        var tables = RedcapProject.Bind(mapping, dictionary, new MappingLines(mappingPath, new Dictionary<string, long>()), errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The bundled REDCap project is inconsistent: " + string.Join("; ", errors));
        }

        var siteField = mapping.Site?.Field;
        var header = new List<string> { mapping.RecordId, RedcapReader.EventColumn, RedcapReader.RepeatInstrumentColumn, RedcapReader.RepeatInstanceColumn };
        if (siteField is not null)
        {
            header.Add(siteField);
        }

        foreach (var field in dictionary.Fields.Where(f => f.Name != mapping.RecordId))
        {
            header.AddRange(field.IsCheckbox ? field.Codes.Select(field.CheckboxColumn) : [field.Name]);
        }

        var index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
        var rows = new List<string[]>();
        var instances = new Dictionary<(PatientKey, string), int>();
        foreach (var table in tables)
        {
            var columns = table.Table.HeaderFor(data);
            foreach (var cells in table.Table.CellsOf(data))
            {
                var key = new PatientKey(cells[0], cells[1]);
                var row = new string[header.Count];
                Array.Fill(row, "");
                row[0] = key.StudyId;
                row[1] = table.Mapping.Event ?? "";
                if (table.Mapping.Repeating)
                {
                    var n = instances[(key, table.Mapping.Instrument)] = instances.GetValueOrDefault((key, table.Mapping.Instrument)) + 1;
                    row[2] = table.Mapping.Instrument;
                    row[3] = n.ToString(CultureInfo.InvariantCulture);
                }

                if (siteField is not null)
                {
                    row[4] = mapping.Site!.Values.FirstOrDefault(v => v.Value == key.SiteCode).Key ?? key.SiteCode;
                }

                for (var c = 2; c < columns.Count; c++)
                {
                    if (table.Fields.TryGetValue(columns[c], out var field))
                    {
                        Put(row, index, field, cells[c], table.Mapping.Values.GetValueOrDefault(columns[c]));
                    }
                }

                rows.Add(row);
            }
        }

        var recordsPath = Path.Combine(outDirectory, RecordsFile);
        // REDCap lists a record's rows together: order by record id, keeping table order within a record.
        CsvDatasetWriter.WriteTable(recordsPath, header, rows.OrderBy(r => r[0], StringComparer.Ordinal));
        return [recordsPath, dictionaryPath, mappingPath];
    }

    private static void Put(string[] row, Dictionary<string, int> index, RedcapField field, string text, Dictionary<string, string>? values)
    {
        string Code(string value) => values?.FirstOrDefault(v => v.Value == value).Key ?? value;
        if (field.IsCheckbox)
        {
            var present = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Code).ToHashSet(StringComparer.Ordinal);
            foreach (var code in field.Codes)
            {
                row[index[field.CheckboxColumn(code)]] = present.Contains(code) ? "1" : "0";
            }

            return;
        }

        row[index[field.Name]] = text.Length == 0 ? "" : field.IsYesNo ? (text == "true" ? "1" : "0") : Code(text);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lupus.Interchange.Redcap." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
