using System.Globalization;
using CsvHelper;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>
/// Streams a CSV file of one instrument's inputs: header = the specification's field names plus <c>id</c>;
/// nested fields as <c>object.field</c>; an empty cell = not assessed. Memory stays constant in the row count.
/// </summary>
internal static class CsvScoreSource
{
    public static void Score(string path, IInstrument instrument, IScoreSink sink)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        };
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            var columns = MapColumns(path, reader.Headers, instrument.Schema);
            var record = new InputRecord(instrument.Schema);
            var buffer = new char[256];
            long row = 0;
            while (reader.Read())
            {
                row++;
                var line = reader.LineNumber.ToString(CultureInfo.InvariantCulture);
                if (reader.FieldCount != columns.Length)
                {
                    throw CliInputException.At(path, line, null, $"expected {columns.Length} fields as in the header, found {reader.FieldCount}");
                }

                record.Clear();
                string? id = null;
                List<InputError>? invalid = null;
                for (var i = 0; i < columns.Length; i++)
                {
                    var length = reader.GetChars(i, buffer);
                    if (length > buffer.Length)
                    {
                        buffer = new char[length];
                        length = reader.GetChars(i, buffer);
                    }

                    var text = buffer.AsSpan(0, length);
                    var column = columns[i];
                    if (column.IsId)
                    {
                        id = text.Trim().ToString();
                        continue;
                    }

                    var target = column.Parent is null ? record : NestedRecord(record, column.Parent);
                    var error = InputReader.SetFromText(target, column.Field, text);
                    if (error is null)
                    {
                        continue;
                    }

                    if (error.Kind == InputErrorKind.Malformed)
                    {
                        throw CliInputException.At(path, line, column.Name, error.Rule);
                    }

                    (invalid ??= []).Add(error with { Field = column.Name });
                }

                var recordId = string.IsNullOrEmpty(id) ? "row " + row.ToString(CultureInfo.InvariantCulture) : id;
                var result = invalid is null ? instrument.Evaluate(record) : new InvalidResult(instrument.Info, invalid);
                sink.Write(recordId, instrument, result);
            }
        }
        catch (CsvFormatException e)
        {
            throw CliInputException.At(path, null, null, "malformed CSV: " + e.Message);
        }
    }

    private static InputRecord NestedRecord(InputRecord record, ObjectField parent)
    {
        var nested = record.Get(parent);
        if (nested is null)
        {
            nested = new InputRecord(parent.Schema);
            record.Set(parent, nested);
        }

        return nested;
    }

    private static Column[] MapColumns(string path, IReadOnlyList<string> header, InputSchema schema)
    {
        var columns = new Column[header.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!seen.Add(name))
            {
                throw CliInputException.At(path, "1", name, "duplicate column");
            }

            if (name == "id")
            {
                columns[i] = new Column(name, null, null!, true);
                continue;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 && schema.TryGetField(name, out var field) && field is not ObjectField)
            {
                columns[i] = new Column(name, null, field, false);
            }
            else if (dot > 0 && schema.TryGetField(name[..dot], out var parent) && parent is ObjectField o
                && o.Schema.TryGetField(name[(dot + 1)..], out var child) && child is not ObjectField)
            {
                columns[i] = new Column(name, o, child, false);
            }
            else
            {
                throw CliInputException.At(path, "1", name, "is not an input field of this instrument");
            }
        }

        return columns;
    }

    private readonly record struct Column(string Name, ObjectField? Parent, FieldSpec Field, bool IsId);
}
