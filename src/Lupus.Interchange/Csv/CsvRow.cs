using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Csv;

/// <summary>One data row of a CSV file: cells by column name, the column name being the source field too.</summary>
public sealed class CsvRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> header, string[] cells, SourceLocation location)
    : ICellSource
{
    public SourceLocation Location => location;

    public IReadOnlyList<string> Header => header;

    public IReadOnlyList<string> Cells => cells;

    public bool TryGet(string column, out string text, out string field)
    {
        if (columns.TryGetValue(column, out var index))
        {
            text = cells[index];
            field = column;
            return true;
        }

        text = "";
        field = column;
        return false;
    }
}
