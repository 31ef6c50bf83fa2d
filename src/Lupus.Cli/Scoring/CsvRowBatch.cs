namespace Lupus.Cli.Scoring;

/// <summary>A block of CSV rows copied out of the reader as UTF-8: one byte buffer and field boundaries.</summary>
/// <remarks>Keeping UTF-8 avoids transcoding every cell; numbers and booleans are parsed from the bytes.</remarks>
internal sealed class CsvRowBatch(int fieldsPerRow)
{
    private byte[] _bytes = new byte[1 << 17];
    private int[] _ends = new int[Math.Max(1, fieldsPerRow) * 1024];
    private long[] _lines = new long[1024];
    private int _length;
    private int _fields;

    public int FieldsPerRow { get; } = fieldsPerRow;

    public int Rows { get; private set; }

    /// <summary>Position of the first row of this batch in the file (0-based data row).</summary>
    public long FirstRow { get; init; }

    /// <summary>Appends one field's UTF-8 bytes.</summary>
    public void AppendField(ReadOnlySpan<byte> utf8)
    {
        if (_length + utf8.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + utf8.Length));
        }

        if (_fields == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
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

    public ReadOnlySpan<byte> Field(int row, int column)
    {
        var index = (row * FieldsPerRow) + column;
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }
}
