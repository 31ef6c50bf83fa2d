using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// The text of a bulk audit entry (<see cref="BulkAudit"/>): a header line of field names, then one line per record
/// of tab-separated cells, with the same invariant text of each value as field-by-field audit entries
/// (<see cref="AuditTrail.Format"/>). Writers are compiled once per entity type, so values are not boxed.
/// </summary>
/// <remarks>
/// <para>Header: <c>#</c> and the names in model order, tab-separated; the name of the field holding the record's
/// patient ends in <c>=</c> and has no cell: it is the entry's patient. Record line: the record id, then one cell per
/// other field, each after a tab: empty for null, <c>\e</c> for an empty text; in text, backslash, line feed,
/// carriage return and tab are written <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>.</para>
/// <para>Entries written before this format hold one line per record: the id, a space and <c>Name=value; ...</c>
/// (<see cref="Unescape"/>). Both read back as the same <see cref="BulkAudit.WholeRecord"/> entries.</para>
/// </remarks>
internal sealed class AuditText(StringBuilder text)
{
    public const char HeaderMark = '#';
    private const string EmptyText = @"\e";

    public StringBuilder Text => text;

    /// <summary>The header line and a writer of the cells of every audited property of <typeparamref name="T"/>.</summary>
    /// <param name="properties">The audited properties, in model order.</param>
    /// <param name="owner">The property holding the record's patient, written in no cell; null when there is none.</param>
    public static (string Header, Action<T, AuditText> Write) For<T>(IReadOnlyList<IProperty> properties, string? owner)
    {
        var header = HeaderMark + string.Join('\t', properties.Select(p => p.Name == owner ? p.Name + "=" : p.Name));
        var record = Expression.Parameter(typeof(T), "record");
        var writer = Expression.Parameter(typeof(AuditText), "writer");
        var calls = properties.Where(p => p.Name != owner).Select(p => Cell(p, record, writer)).ToList();
        var write = Expression.Lambda<Action<T, AuditText>>(calls.Count == 0 ? Expression.Empty() : Expression.Block(calls), record, writer).Compile();
        return (header, write);
    }

    public void Write(string? value)
    {
        text.Append('\t');
        if (value is null)
        {
            return;
        }

        if (value.Length == 0)
        {
            text.Append(EmptyText);
            return;
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                _ => text.Append(c),
            };
        }
    }

    public void Write(decimal value) => text.Append('\t').Append(value.ToString(CultureInfo.InvariantCulture));

    public void Write(int value) => text.Append('\t').Append(value.ToString(CultureInfo.InvariantCulture));

    public void Write(Guid value) => text.Append('\t').Append(value.ToString("D"));

    public void Write(bool value) => text.Append('\t').Append(value ? "true" : "false");

    public void Write(LocalDate value) => text.Append('\t').Append(AuditTrail.Format(value));

    public void WriteEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => text.Append('\t').Append(value.ToString());

    public void WriteOther(object? value) => Write(AuditTrail.Format(value));

    public void WriteNull() => text.Append('\t');

    /// <summary>A record line as <c>Name=value; ...</c> (its non-null fields), the record's patient given for the owner field.</summary>
    public static (Guid Id, string Values) Record(string[] header, string line, Guid patient)
    {
        var cells = line.Split('\t');
        var values = new StringBuilder(line.Length * 2);
        var cell = 1;
        foreach (var name in header)
        {
            var value = name.EndsWith('=') ? patient.ToString("D") : UnescapeCell(cells[cell++]);
            if (value is null)
            {
                continue;
            }

            if (values.Length > 0)
            {
                values.Append("; ");
            }

            values.Append(name.TrimEnd('=')).Append('=').Append(value);
        }

        return (Guid.Parse(cells[0]), values.ToString());
    }

    /// <summary>Undoes the escaping of a record line written before the header format (<c>\\</c>, <c>\n</c>, <c>\r</c>).</summary>
    public static string Unescape(string value) => value.Contains('\\', StringComparison.Ordinal) ? Unescaped(value) : value;

    /// <summary>A cell's text; null for an empty cell.</summary>
    private static string? UnescapeCell(string cell) => cell.Length == 0 ? null : cell == EmptyText ? "" : Unescape(cell);

    private static string Unescaped(string value)
    {
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] switch { 'n' => '\n', 'r' => '\r', 't' => '\t', var c => c });
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    private static Expression Cell(IProperty property, ParameterExpression record, ParameterExpression writer)
    {
        var value = (Expression)Expression.Property(record, property.PropertyInfo!);
        var underlying = Nullable.GetUnderlyingType(value.Type);
        if (underlying is not null)
        {
            return Expression.IfThenElse(Expression.Property(value, "HasValue"), Call(writer, Expression.Property(value, "Value")),
                Expression.Call(writer, nameof(WriteNull), Type.EmptyTypes));
        }

        return Call(writer, value);
    }

    private static MethodCallExpression Call(ParameterExpression writer, Expression value)
    {
        if (value.Type.IsEnum)
        {
            return Expression.Call(writer, nameof(WriteEnum), [value.Type], value);
        }

        var typed = typeof(AuditText).GetMethod(nameof(Write), [value.Type]);
        return typed is not null
            ? Expression.Call(writer, typed, value)
            : Expression.Call(writer, typeof(AuditText).GetMethod(nameof(WriteOther))!, Expression.Convert(value, typeof(object)));
    }
}
