using System.Text;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Maps CSV header columns to an instrument's fields (<c>id</c>, <c>field</c> or <c>object.field</c>).</summary>
internal sealed class CsvColumnMap
{
    private readonly Column[] _columns;

    private CsvColumnMap(Column[] columns) => _columns = columns;

    public int Count => _columns.Length;

    /// <summary>Resolves every header name, failing on the first that is not a field of the schema.</summary>
    public static CsvColumnMap Create(string path, IReadOnlyList<string> header, InputSchema schema)
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

            columns[i] = Resolve(path, name, schema);
        }

        return new CsvColumnMap(columns);
    }

    /// <summary>Fills a record from one row; returns clinically invalid values and reports the first malformed one.</summary>
    public List<InputError>? Fill(InputRecord record, CsvRowBatch batch, int row, out string? id, out InputError? malformed)
    {
        id = null;
        malformed = null;
        List<InputError>? invalid = null;
        for (var i = 0; i < _columns.Length; i++)
        {
            var text = batch.Field(row, i);
            var column = _columns[i];
            if (column.IsId)
            {
                var trimmed = text.Trim(" \t"u8);
                id = trimmed.IsEmpty ? null : Encoding.UTF8.GetString(trimmed);
                continue;
            }

            var target = column.Parent is null ? record : Nested(record, column.Parent);
            var error = InputReader.SetFromUtf8(target, column.Field!, text);
            if (error is null)
            {
                continue;
            }

            if (error.Kind == InputErrorKind.Malformed)
            {
                malformed = error with { Field = column.Name };
                return invalid;
            }

            (invalid ??= []).Add(error with { Field = column.Name });
        }

        return invalid;
    }

    private static InputRecord Nested(InputRecord record, ObjectField parent)
    {
        var nested = record.Get(parent);
        if (nested is null)
        {
            nested = new InputRecord(parent.Schema);
            record.Set(parent, nested);
        }

        return nested;
    }

    private static Column Resolve(string path, string name, InputSchema schema)
    {
        if (name == "id")
        {
            return new Column(name, null, null, true);
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 && schema.TryGetField(name, out var field) && field is not ObjectField)
        {
            return new Column(name, null, field, false);
        }

        if (dot > 0 && schema.TryGetField(name[..dot], out var parent) && parent is ObjectField o
            && o.Schema.TryGetField(name[(dot + 1)..], out var child) && child is not ObjectField)
        {
            return new Column(name, o, child, false);
        }

        throw CliInputException.At(path, "1", name, "is not an input field of this instrument");
    }

    private readonly record struct Column(string Name, ObjectField? Parent, FieldSpec? Field, bool IsId);
}
