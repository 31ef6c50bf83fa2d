using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// Reads a REDCap "export records" CSV (raw codes or labels, with variable names or field labels as headers) with its
/// data dictionary and a mapping file into the long-format rows. A records row of a repeating instrument fills that instrument's table; any other row fills every
/// non-repeating table of its event that has a value. Errors name the records file, row and REDCap field.
/// </summary>
public static class RedcapReader
{
    public const string EventColumn = "redcap_event_name";
    public const string RepeatInstrumentColumn = "redcap_repeat_instrument";
    public const string RepeatInstanceColumn = "redcap_repeat_instance";

    /// <param name="files">The records CSV, the data dictionary CSV and the mapping (JSON or YAML), in any order.</param>
    /// <param name="site">Site code of records whose site field is empty or absent.</param>
    public static InterchangeDataset Read(IReadOnlyList<string> files, string? site)
    {
        ArgumentNullException.ThrowIfNull(files);
        var data = new InterchangeDataset();
        var (records, dictionaryPath, mappingPath) = Classify(files, data.Errors);
        if (records is null || dictionaryPath is null || mappingPath is null)
        {
            return data;
        }

        var (mapping, lines) = RedcapMappingFile.Read(mappingPath, data.Errors);
        if (mapping is null)
        {
            return data;
        }

        var dictionary = RedcapMetadata.Read(dictionaryPath, data.Errors);
        var tables = RedcapProject.Bind(mapping, dictionary, lines, data.Errors);
        if (data.Errors.Count > 0)
        {
            return data;
        }

        var header = new RedcapLabelHeader(records, mapping, dictionary, data.Errors);
        var values = new RedcapLabelValues(mapping, header);
        CsvSource.Read(records, null, [mapping.RecordId], data.Errors, row => ReadRow(row, mapping, tables, values, site, data), header.Rename);
        return data;
    }

    private static void ReadRow(
        CsvRow row, RedcapMapping mapping, IReadOnlyList<BoundTable> tables, RedcapLabelValues values, string? site, InterchangeDataset data)
    {
        if (!values.TryInstrument(row, data.Errors, out var repeat) || !values.TryEvent(row, data.Errors, out var evt))
        {
            return;
        }

        var siteCode = SiteOf(row, mapping, site, data.Errors);
        row.TryGet(mapping.RecordId, out var recordId, out _);
        foreach (var table in tables)
        {
            var map = table.Mapping;
            var applies = repeat.Length > 0
                ? map.Repeating && map.Instrument == repeat
                : !map.Repeating && table.HasValue(row);
            if (!applies || (map.Event is not null && evt.Length > 0 && map.Event != evt))
            {
                continue;
            }

            if (siteCode is null)
            {
                return;
            }

            var cells = new RedcapCells(row, table, siteCode, recordId.Trim(), data.Errors);
            table.Table.ReadInto(data, new RowReader(cells, row.Location, data.Errors));
        }
    }

    private static string? SiteOf(CsvRow row, RedcapMapping mapping, string? site, List<InterchangeError> errors)
    {
        var field = mapping.Site?.Field;
        if (field is not null && row.TryGet(field, out var value, out _) && value.Trim().Length > 0)
        {
            value = value.Trim();
            if (mapping.Site!.Values.Count == 0)
            {
                return value;
            }

            if (mapping.Site.Values.TryGetValue(value, out var code))
            {
                return code;
            }

            errors.Add(new InterchangeError(row.Location.WithField(field), $"'{value}' is not a site of the mapping"));
            return null;
        }

        if (site is null)
        {
            errors.Add(new InterchangeError(row.Location.WithField(field ?? "site"), "the record has no site; give --site"));
        }

        return site;
    }

    private static (string? Records, string? Dictionary, string? Mapping) Classify(IReadOnlyList<string> files, List<InterchangeError> errors)
    {
        string? records = null, dictionary = null, mapping = null;
        foreach (var file in files)
        {
            if (RedcapMappingFile.IsMapping(file))
            {
                mapping = file;
                continue;
            }

            if (!File.Exists(file))
            {
                errors.Add(new InterchangeError(new SourceLocation(file, "1"), "file not found"));
                continue;
            }

            var header = FirstLine(file);
            if (RedcapMetadata.LooksLikeDictionary(header))
            {
                dictionary = file;
            }
            else
            {
                records = file;
            }
        }

        var first = new SourceLocation(files.Count > 0 ? files[0] : "redcap", "1");
        if (errors.Count == 0 && (records is null || dictionary is null || mapping is null))
        {
            errors.Add(new InterchangeError(first, "a REDCap import needs the records CSV, the data dictionary CSV and the mapping (JSON or YAML)"));
        }

        return (records, dictionary, mapping);
    }

    private static string[] FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return (reader.ReadLine() ?? "").TrimStart('\uFEFF').Split(',').Select(h => h.Trim('"', ' ')).ToArray();
    }
}
