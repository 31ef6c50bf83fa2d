using System.Text;
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
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(onRow);
        var file = new SourceLocation(path, "1");
        if (!File.Exists(path))
        {
            errors.Add(new InterchangeError(file, "file not found"));
            return false;
        }

        var bytes = File.ReadAllBytes(path);
        if (!Utf8.IsValid(bytes))
        {
            var (row, offset) = FirstInvalidUtf8(bytes);
            errors.Add(new InterchangeError(file with { Record = row.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                $"invalid UTF-8 at byte {offset}"));
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return ReadText(path, text, known, required, errors, onRow, rename);
    }

    private static bool ReadText(
        string path, string text, IReadOnlyCollection<string>? known, IReadOnlyCollection<string> required,
        List<InterchangeError> errors, Action<CsvRow> onRow, Func<string[], string[]?>? rename)
    {
        var record = 1;
        try
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions
            {
                HasHeader = true,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MalformedData = CsvMalformedDataHandling.Throw,
                TrackLineNumbers = true,
                // Site codes, study ids, dates, analytes and units repeat across rows: one string each, not one per cell.
                PoolStrings = true,
            });
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (rename is not null)
            {
                if (rename(header) is not { } renamed)
                {
                    return false;
                }

                header = renamed;
            }

            var columns = Columns(path, header, known, required, errors);
            if (columns is null)
            {
                return false;
            }

            var ok = true;
            while (reader.Read())
            {
                record++;
                var location = new SourceLocation(path, record.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (reader.FieldCount != header.Length)
                {
                    errors.Add(new InterchangeError(location, $"expected {header.Length} fields as in the header, found {reader.FieldCount}"));
                    ok = false;
                    continue;
                }

                var cells = new string[header.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                onRow(new CsvRow(columns, header, cells, location));
            }

            return ok;
        }
        catch (CsvFormatException e)
        {
            errors.Add(new InterchangeError(new SourceLocation(path, (record + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "malformed CSV: " + e.Message));
            return false;
        }
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
