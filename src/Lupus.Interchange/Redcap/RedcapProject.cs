using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Redcap;

/// <summary>Checks a mapping against its data dictionary and binds each table's columns to REDCap fields.</summary>
internal static class RedcapProject
{
    public static IReadOnlyList<BoundTable> Bind(RedcapMapping mapping, RedcapMetadata dictionary, MappingLines lines, List<InterchangeError> errors)
    {
        var bound = new List<BoundTable>();
        for (var i = 0; i < mapping.Tables.Count; i++)
        {
            var map = mapping.Tables[i];
            var at = $"tables[{i}]";
            var table = InterchangeTables.All.FirstOrDefault(t => t.FileName == map.Table + ".csv");
            if (table is null)
            {
                errors.Add(new InterchangeError(lines.At(at + ".table"), $"unknown table '{map.Table}'"));
                continue;
            }

            var fields = new Dictionary<string, RedcapField>(StringComparer.Ordinal);
            foreach (var (column, fieldName) in map.Columns)
            {
                var field = dictionary.Find(fieldName);
                if (!table.Columns.Contains(column))
                {
                    errors.Add(new InterchangeError(lines.At($"{at}.columns.{column}"), $"{map.Table} has no column '{column}'"));
                }
                else if (field is null)
                {
                    errors.Add(new InterchangeError(lines.At($"{at}.columns.{column}"), $"field '{fieldName}' is not in the data dictionary"));
                }
                else if (field.Form != map.Instrument)
                {
                    errors.Add(new InterchangeError(lines.At($"{at}.columns.{column}"), $"field '{fieldName}' belongs to instrument '{field.Form}', not '{map.Instrument}'"));
                }
                else
                {
                    fields[column] = field;
                }
            }

            bound.Add(new BoundTable(table, map, fields));
        }

        return bound;
    }
}
