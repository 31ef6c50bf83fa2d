using Lupus.Interchange.Csv;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Redcap;

/// <summary>A table mapping checked against the dictionary: each LupusTrials column with its REDCap field.</summary>
internal sealed record BoundTable(IDatasetTable Table, RedcapTableMapping Mapping, IReadOnlyDictionary<string, RedcapField> Fields)
{
    /// <summary>Whether the row has any value in this table's fields (non-repeating instruments share rows).</summary>
    public bool HasValue(CsvRow row)
    {
        foreach (var field in Fields.Values)
        {
            if (field.IsCheckbox)
            {
                if (field.Codes.Any(c => row.TryGet(field.CheckboxColumn(c), out var v, out _) && RedcapChoices.Ticked(field, c, v) == true))
                {
                    return true;
                }
            }
            else if (row.TryGet(field.Name, out var text, out _) && text.Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
