using System.Text.Unicode;
using CsvHelper;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Csv;

/// <summary>
/// Reads one CSV file with a header row into named cells, collecting located errors: missing file, invalid UTF-8,
/// broken quoting, duplicate, unknown or missing columns, and rows whose field count differs from the header.
/// </summary>
/// <remarks>Row numbers count records: the header is row 1, the first data row 2.</remarks>
public static class CsvSource
{
    /// <summary>Calls <paramref name="onRow"/> for each well-formed data row; returns false when the file could not be read through.</summary>
    /// <param name="path">The file.</param>
    /// <param name="known">Columns the reader understands; null accepts any.</param>
    /// <param name="required">Columns that must be present.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="onRow">Receives the header map, the cells and the row's location.</param>
    /// <param name="rename">Turns the header row into column names before they are checked; null after its own errors.</param>
    public static bool Read(
        string path,
        IReadOnlyCollection<string>? known,
        IReadOnlyCollection<string> required,
        List<InterchangeError> errors,
        Action<CsvRow> onRow,
        Func<string[], string[]?>? rename = null)
    {
        ArgumentNullException.ThrowIfNull(onRow);
        var outcome = new Outcome();
        foreach (var row in Rows(path, known, required, errors, rename, outcome))
        {
            onRow(row);
        }

        return outcome.ReadThrough;
    }

    /// <summary>The well-formed data rows, read as they are enumerated; errors are added to <paramref name="errors"/> on the way.</summary>
    public static IEnumerable<CsvRow> Rows(
        string path,
        IReadOnlyCollection<string>? known,
        IReadOnlyCollection<string> required,
        List<InterchangeError> errors,
        Func<string[], string[]?>? rename = null) => Rows(path, known, required, errors, rename, new Outcome());

    private static IEnumerable<CsvRow> Rows(
        string path,
        IReadOnlyCollection<string>? known,
        IReadOnlyCollection<string> required,
        List<InterchangeError> errors,
        Func<string[], string[]?>? rename,
        Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(errors);
        var file = new SourceLocation(path, "1");
        if (!File.Exists(path))
        {
            errors.Add(new InterchangeError(file, "file not found"));
            outcome.ReadThrough = false;
            yield break;
        }

        // The whole file is checked before any row is handed on, so invalid UTF-8 is an error of the file, never a
        // row read with replacement characters; CsvHelper then parses the UTF-8 bytes as they are.
        var bytes = File.ReadAllBytes(path);
        if (!Utf8.IsValid(bytes))
        {
            var (row, offset) = FirstInvalidUtf8(bytes);
            errors.Add(new InterchangeError(file with { Record = Number(row) }, $"invalid UTF-8 at byte {offset}"));
            outcome.ReadThrough = false;
            yield break;
        }

        var text = bytes.AsMemory();
        if (text.Span.StartsWith(Utf8Bom))
        {
            text = text[Utf8Bom.Length..];
        }

        var record = 1;
        using var reader = Open(path, text, errors);
        if (reader is null || Header(path, reader, known, required, errors, rename) is not ({ } header, { } columns))
        {
            outcome.ReadThrough = false;
            yield break;
        }

        while (true)
        {
            if (!TryRead(reader, path, record + 1, errors, out var more))
            {
                outcome.ReadThrough = false;
                yield break;
            }

            if (!more)
            {
                break;
            }

            record++;
            var location = new SourceLocation(path, Number(record));
            if (reader.FieldCount != header.Length)
            {
                errors.Add(new InterchangeError(location, $"expected {header.Length} fields as in the header, found {reader.FieldCount}"));
                outcome.ReadThrough = false;
                continue;
            }

            var cells = new string[header.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            yield return new CsvRow(columns, header, cells, location);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static string Number(int record) => record.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CsvReader? Open(string path, ReadOnlyMemory<byte> text, List<InterchangeError> errors)
    {
        try
        {
            return CsvReader.Create(text, new CsvReaderOptions
            {
                HasHeader = true,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MalformedData = CsvMalformedDataHandling.Throw,
                TrackLineNumbers = true,
                // Site codes, study ids, dates, analytes and units repeat across rows: one string each, not one per cell.
                PoolStrings = true,
            });
        }
        catch (CsvFormatException e)
        {
            errors.Add(Malformed(path, 2, e));
            return null;
        }
    }

    /// <summary>The header's column names (renamed when asked) and their positions; null after adding its errors.</summary>
    private static (string[] Header, Dictionary<string, int> Columns)? Header(
        string path, CsvReader reader, IReadOnlyCollection<string>? known, IReadOnlyCollection<string> required,
        List<InterchangeError> errors, Func<string[], string[]?>? rename)
    {
        string[] header;
        try
        {
            header = [.. reader.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            errors.Add(Malformed(path, 2, e));
            return null;
        }

        if (rename is not null)
        {
            if (rename(header) is not { } renamed)
            {
                return null;
            }

            header = renamed;
        }

        return Columns(path, header, known, required, errors) is { } columns ? (header, columns) : null;
    }

    private static bool TryRead(CsvReader reader, string path, int record, List<InterchangeError> errors, out bool more)
    {
        try
        {
            more = reader.Read();
            return true;
        }
        catch (CsvFormatException e)
        {
            errors.Add(Malformed(path, record, e));
            more = false;
            return false;
        }
    }

    private static InterchangeError Malformed(string path, int record, CsvFormatException e) =>
        new(new SourceLocation(path, Number(record)), "malformed CSV: " + e.Message);

    /// <summary>Whether the file was read to its end with every row well-formed.</summary>
    private sealed class Outcome
    {
        public bool ReadThrough { get; set; } = true;
    }

    private static Dictionary<string, int>? Columns(
        string path, string[] header, IReadOnlyCollection<string>? known, IReadOnlyCollection<string> required, List<InterchangeError> errors)
    {
        var before = errors.Count;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var at = new SourceLocation(path, "1");
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            errors.Add(new InterchangeError(at, "the file has no header row"));
            return null;
        }

        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i], i))
            {
                errors.Add(new InterchangeError(at.WithField(header[i]), "duplicate column name"));
            }
            else if (known is not null && !known.Contains(header[i]))
            {
                errors.Add(new InterchangeError(at.WithField(header[i]), "unknown column"));
            }
        }

        foreach (var name in required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(new InterchangeError(at.WithField(name), "required column is missing"));
        }

        return errors.Count == before ? columns : null;
    }

    private static (int Row, int Offset) FirstInvalidUtf8(byte[] bytes)
    {
        var row = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed))
            {
                return (row, offset);
            }

            if (bytes[offset] == (byte)'\n')
            {
                row++;
            }

            offset += consumed;
        }

        return (row, offset);
    }
}
