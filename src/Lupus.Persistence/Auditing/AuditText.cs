using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// Writes a record's non-empty fields as <c>Name=value; Name=value</c> in model order, with the same invariant text
/// as field-by-field audit entries (<see cref="AuditTrail.Format"/>). Typed writers are compiled once per entity
/// type, so values are not boxed. Inside a multi-record entry, backslashes and line breaks in text are escaped.
/// </summary>
internal sealed class AuditText(StringBuilder text)
{
    private bool _first = true;

    public StringBuilder Text => text;

    public void StartRecord() => _first = true;

    /// <summary>A writer of every audited property of <typeparamref name="T"/> (not the key, not the version).</summary>
    public static Action<T, AuditText> For<T>(IEnumerable<IProperty> properties)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var writer = Expression.Parameter(typeof(AuditText), "writer");
        var calls = properties.Select(p => Field(p, record, writer)).ToList();
        return Expression.Lambda<Action<T, AuditText>>(calls.Count == 0 ? Expression.Empty() : Expression.Block(calls), record, writer).Compile();
    }

    public void Write(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        Name(name);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                _ => text.Append(c),
            };
        }
    }

    public void Write(string name, decimal value) => Name(name).Append(value.ToString(CultureInfo.InvariantCulture));

    public void Write(string name, int value) => Name(name).Append(value.ToString(CultureInfo.InvariantCulture));

    public void Write(string name, Guid value) => Name(name).Append(value.ToString("D"));

    public void Write(string name, bool value) => Name(name).Append(value ? "true" : "false");

    public void Write(string name, LocalDate value) => Name(name).Append(AuditTrail.Format(value));

    public void WriteEnum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => Name(name).Append(value.ToString());

    public void WriteOther(string name, object? value) => Write(name, AuditTrail.Format(value));

    /// <summary>Undoes the escaping of <see cref="Write(string, string?)"/>.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] switch { 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    private StringBuilder Name(string name)
    {
        if (!_first)
        {
            text.Append("; ");
        }

        _first = false;
        return text.Append(name).Append('=');
    }

    private static Expression Field(IProperty property, ParameterExpression record, ParameterExpression writer)
    {
        var value = (Expression)Expression.Property(record, property.PropertyInfo!);
        var name = Expression.Constant(property.Name);
        var underlying = Nullable.GetUnderlyingType(value.Type);
        if (underlying is not null)
        {
            return Expression.IfThen(Expression.Property(value, "HasValue"), Call(writer, name, Expression.Property(value, "Value")));
        }

        return Call(writer, name, value);
    }

    private static MethodCallExpression Call(ParameterExpression writer, ConstantExpression name, Expression value)
    {
        if (value.Type.IsEnum)
        {
            return Expression.Call(writer, nameof(WriteEnum), [value.Type], name, value);
        }

        var typed = typeof(AuditText).GetMethod(nameof(Write), [typeof(string), value.Type]);
        return typed is not null
            ? Expression.Call(writer, typed, name, value)
            : Expression.Call(writer, typeof(AuditText).GetMethod(nameof(WriteOther))!, name, Expression.Convert(value, typeof(object)));
    }
}
