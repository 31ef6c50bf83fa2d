using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Redcap;

/// <summary>A REDCap data dictionary ("metadata" in the REDCap API): each field's instrument, type, label and choice codes and labels (columns 1, 2, 4, 5 and 6).</summary>
public sealed class RedcapMetadata
{
    private readonly Dictionary<string, RedcapField> _fields = new(StringComparer.Ordinal);

    public IReadOnlyList<RedcapField> Fields { get; private set; } = [];

    public static bool LooksLikeDictionary(IReadOnlyList<string> header) =>
        header.Count > 5 && header[0] is "Variable / Field Name" or "field_name";

    public static RedcapMetadata Read(string path, List<InterchangeError> errors)
    {
        var dictionary = new RedcapMetadata();
        var fields = new List<RedcapField>();
        CsvSource.Read(path, null, [], errors, row =>
        {
            if (row.Cells.Count < 6)
            {
                errors.Add(new InterchangeError(row.Location, "a data dictionary row needs at least 6 columns"));
                return;
            }

            var choices = row.Cells[3] is "calc" or "slider"
                ? []
                : row.Cells[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(',', 2)).ToArray();
            var codes = choices.Select(c => c[0].Trim()).ToArray();
            var labels = choices.Select(c => c.Length > 1 ? c[1].Trim() : c[0].Trim()).ToArray();
            var field = new RedcapField(row.Cells[0].Trim(), row.Cells[1].Trim(), row.Cells[3].Trim(), codes, labels, row.Cells[4].Trim());
            if (!dictionary._fields.TryAdd(field.Name, field))
            {
                errors.Add(new InterchangeError(row.Location.WithField(row.Header[0]), $"field '{field.Name}' is defined twice"));
            }

            fields.Add(field);
        });
        dictionary.Fields = fields;
        return dictionary;
    }

    public RedcapField? Find(string name) => _fields.GetValueOrDefault(name);
}
