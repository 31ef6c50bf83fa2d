using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// A REDCap records row seen as LupusTrials cells: codes translated to values, checkboxes joined into a list,
/// yes/no as true/false. A code outside the mapping is an error on the REDCap field.
/// </summary>
internal sealed class RedcapCells(CsvRow row, BoundTable table, string siteCode, string recordId, List<InterchangeError> errors) : ICellSource
{
    private readonly HashSet<(string, string)> _reported = [];

    public bool TryGet(string column, out string text, out string field)
    {
        if (column == InterchangeTable<object>.SiteCode)
        {
            (text, field) = (siteCode, "site");
            return true;
        }

        if (column == InterchangeTable<object>.StudyId)
        {
            (text, field) = (recordId, "record_id");
            return true;
        }

        if (!table.Fields.TryGetValue(column, out var redcap))
        {
            (text, field) = ("", column);
            return false;
        }

        field = redcap.Name;
        table.Mapping.Values.TryGetValue(column, out var values);
        if (redcap.IsCheckbox)
        {
            var ticked = redcap.Codes.Where(c => row.TryGet(redcap.CheckboxColumn(c), out var v, out _) && v.Trim() == "1");
            text = string.Join(' ', ticked.Select(c => Translate(c, values, redcap)));
            return true;
        }

        if (!row.TryGet(redcap.Name, out text, out _))
        {
            return false;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (redcap.IsYesNo)
        {
            text = text switch { "1" => "true", "0" => "false", _ => text };
        }
        else if (values is not null)
        {
            text = Translate(text, values, redcap);
        }

        return true;
    }

    private string Translate(string code, Dictionary<string, string>? values, RedcapField redcap)
    {
        if (values is null)
        {
            return code;
        }

        if (values.TryGetValue(code, out var value))
        {
            return value;
        }

        // Cells are asked for more than once (value, then field name for a message): report a code once.
        if (_reported.Add((redcap.Name, code)))
        {
            errors.Add(new InterchangeError(row.Location.WithField(redcap.Name), $"code '{code}' has no value in the mapping"));
        }

        return code;
    }
}
