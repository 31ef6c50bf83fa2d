using System.Globalization;
using CsvHelper;

namespace Lupus.Reports.Input;

/// <summary>A whole CSV file held in memory as text cells, with located, typed access (analysis verbs, the evidence files).</summary>
/// <remarks>
/// Analysis inputs (studies, survival records) are small enough to hold whole; the batch scorer streams instead.
/// Row numbers in messages are file line numbers of the data rows (the header is line 1).
/// </remarks>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string[]> _rows;
    private readonly List<long> _lines;

    private CsvTable(string file, IReadOnlyList<string> header, List<string[]> rows, List<long> lines)
    {
        File = file;
        Header = header;
        _rows = rows;
        _lines = lines;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw InputFileException.At(file, "1", header[i], "duplicate column name");
            }
        }
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public int RowCount => _rows.Count;

    /// <summary>Reads a CSV file with a header row; fails with a located message on malformed content.</summary>
    public static CsvTable Load(string path)
    {
        var rows = new List<string[]>();
        var lines = new List<long>();
        try
        {
            using var reader = CsvInput.Open(path);
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0)
            {
                throw InputFileException.At(path, "1", null, "the file has no header row");
            }

            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                if (cells.Length != header.Length)
                {
                    throw InputFileException.At(path, reader.LineNumber.ToString(CultureInfo.InvariantCulture), null,
                        $"expected {header.Length} fields as in the header, found {cells.Length}");
                }

                rows.Add(cells);
                lines.Add(reader.LineNumber);
            }

            return new CsvTable(path, header, rows, lines);
        }
        catch (CsvFormatException e)
        {
            throw InputFileException.At(path, null, null, "malformed CSV: " + e.Message);
        }
    }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The column index, or a located error naming the missing column.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw InputFileException.At(File, "1", name, "required column is missing");

    /// <summary>Raw text of a cell (trimmed).</summary>
    public string Text(int row, int column) => _rows[row][column].Trim();

    public bool IsEmpty(int row, int column) => Text(row, column).Length == 0;

    /// <summary>File line number of a data row, for messages.</summary>
    public string Line(int row) => _lines[row].ToString(CultureInfo.InvariantCulture);

    /// <summary>A finite number, or a located error.</summary>
    public double Number(int row, int column)
    {
        var text = Text(row, column);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw Error(row, column, text.Length == 0 ? "value is missing" : $"'{text}' is not a number");
    }

    /// <summary>A number, or null for an empty cell (and the common NA spellings).</summary>
    public double? OptionalNumber(int row, int column)
    {
        var text = Text(row, column);
        return text.Length == 0 || text is "NA" or "na" or "." ? null : Number(row, column);
    }

    /// <summary>An error located at a cell.</summary>
    public InputFileException Error(int row, int column, string rule) =>
        InputFileException.At(File, Line(row), Header[column], rule);
}
