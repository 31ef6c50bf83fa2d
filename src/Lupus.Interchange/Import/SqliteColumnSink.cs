using System.Globalization;
using System.Text;
using SQLitePCL;

namespace Lupus.Interchange.Import;

/// <summary>
/// Binds typed values to a prepared SQLite statement in the text forms Microsoft.Data.Sqlite and EF Core use:
/// upper-case GUIDs, ISO dates, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> timestamps and decimals as invariant text.
/// </summary>
internal sealed class SqliteColumnSink(sqlite3_stmt statement) : IColumnSink
{
    private const string DecimalFormat = "0.0###########################";
    private readonly byte[] _buffer = new byte[64];
    private byte[] _text = new byte[256];

    public void Write(int column, Guid value)
    {
        value.TryFormat(_buffer, out var length, "D");
        for (var i = 0; i < length; i++)
        {
            if (_buffer[i] >= (byte)'a')
            {
                _buffer[i] -= 'a' - 'A';
            }
        }

        Bind(column, length);
    }

    public void Write(int column, string? value)
    {
        if (value is null)
        {
            WriteNull(column);
            return;
        }

        if (value.Length == 0)
        {
            raw.sqlite3_bind_text(statement, column + 1, value); // an empty span would bind NULL
            return;
        }

        // Encoded into a reused buffer: binding the string itself allocates a UTF-8 copy of every value.
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _text.Length)
        {
            _text = new byte[Math.Max(most, _text.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _text);
        raw.sqlite3_bind_text(statement, column + 1, _text.AsSpan(0, length));
    }

    public void Write(int column, int value) => raw.sqlite3_bind_int64(statement, column + 1, value);

    public void Write(int column, long value) => raw.sqlite3_bind_int64(statement, column + 1, value);

    public void Write(int column, decimal value)
    {
        value.TryFormat(_buffer, out var length, DecimalFormat, CultureInfo.InvariantCulture);
        Bind(column, length);
    }

    public void Write(int column, double value) => raw.sqlite3_bind_double(statement, column + 1, value);

    public void Write(int column, bool value) => raw.sqlite3_bind_int64(statement, column + 1, value ? 1 : 0);

    public void Write(int column, DateOnly value)
    {
        value.TryFormat(_buffer, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Bind(column, length);
    }

    public void Write(int column, DateTime value)
    {
        value.TryFormat(_buffer, out var length, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        Bind(column, length);
    }

    public void WriteNull(int column) => raw.sqlite3_bind_null(statement, column + 1);

    private void Bind(int column, int length) => raw.sqlite3_bind_text(statement, column + 1, _buffer.AsSpan(0, length));
}
