using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// A REDCap records row seen as LupusTrials cells: codes (or their labels, from a "labels" export) translated to
/// values, checkboxes joined into a list, yes/no as true/false. A code outside the mapping, an unknown or ambiguous
/// label is an error on the REDCap field.
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
            text = string.Join(' ', Ticked(redcap).Select(c => Translate(c, values, redcap)));
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
            text = RedcapChoices.YesNo(text) switch { "1" => "true", "0" => "false", _ => text };
        }
        else if (redcap.Codes.Count > 0)
        {
            var (code, error) = RedcapChoices.Code(redcap, text);
            if (error is not null)
            {
                Report(redcap.Name, text, error);
            }
            else if (values is not null)
            {
                text = Translate(code!, values, redcap);
            }
            else if (!redcap.Codes.Contains(code!, StringComparer.Ordinal))
            {
                Report(redcap.Name, text, $"'{text}' is neither a choice code nor a choice label of the field");
            }
            else
            {
                text = code!;
            }
        }
        else if (values is not null)
        {
            text = Translate(text, values, redcap);
        }

        return true;
    }

    private List<string> Ticked(RedcapField redcap)
    {
        var ticked = new List<string>();
        foreach (var code in redcap.Codes)
        {
            var column = redcap.CheckboxColumn(code);
            if (!row.TryGet(column, out var cell, out _))
            {
                continue;
            }

            switch (RedcapChoices.Ticked(redcap, code, cell))
            {
                case true:
                    ticked.Add(code);
                    break;
                case null:
                    Report(column, cell, $"'{cell.Trim()}' is not a checkbox value (1, 0, Checked, Unchecked or the option's label)");
                    break;
            }
        }

        return ticked;
    }

    /// <summary>Cells are asked for more than once (value, then field name for a message): report a value once.</summary>
    private void Report(string field, string text, string rule)
    {
        if (_reported.Add((field, text)))
        {
            errors.Add(new InterchangeError(row.Location.WithField(field), rule));
        }
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

        Report(redcap.Name, code, $"code '{code}' has no value in the mapping");
        return code;
    }
}
