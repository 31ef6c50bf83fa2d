namespace Lupus.Cli.Scoring;

/// <summary>A block of CSV rows copied out of the reader: one character buffer and field boundaries.</summary>
internal sealed class CsvRowBatch(int fieldsPerRow)
{
    private char[] _chars = new char[1 << 16];
    private int[] _ends = new int[fieldsPerRow * 1024];
    private long[] _lines = new long[1024];
    private int _length;
    private int _fields;

    public int FieldsPerRow { get; } = fieldsPerRow;

    public int Rows { get; private set; }

    /// <summary>Position of the first row of this batch in the file (0-based data row).</summary>
    public long FirstRow { get; init; }

    /// <summary>Reserves room for one field of up to <paramref name="length"/> characters and returns it for filling.</summary>
    public Span<char> AppendField(int length)
    {
        if (_length + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + length));
        }

        if (_fields == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        return _chars.AsSpan(_length, length);
    }

    /// <summary>Commits the field just filled with <paramref name="written"/> characters.</summary>
    public void CommitField(int written)
    {
        _length += written;
        _ends[_fields++] = _length;
    }

    public void EndRow(long line)
    {
        if (Rows == _lines.Length)
        {
            Array.Resize(ref _lines, _lines.Length * 2);
        }

        _lines[Rows++] = line;
    }

    public long Line(int row) => _lines[row];

    public ReadOnlySpan<char> Field(int row, int column)
    {
        var index = (row * FieldsPerRow) + column;
        var start = index == 0 ? 0 : _ends[index - 1];
        return _chars.AsSpan(start, _ends[index] - start);
    }
}
