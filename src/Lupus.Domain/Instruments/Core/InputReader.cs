using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Lupus.Domain.Instruments.Core;

/// <summary>Fills an <see cref="InputRecord"/> from JSON values or from text cells (CSV, forms).</summary>
/// <remarks>
/// JSON <c>null</c>, an omitted key and an empty cell all mean "not assessed". Unknown keys and values of the
/// wrong type are <see cref="InputErrorKind.Malformed"/> errors; nothing is guessed.
/// </remarks>
public static class InputReader
{
    /// <summary>Reads a JSON object into a new record of <paramref name="schema"/>, collecting every error.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="schema">The instrument's schema.</param>
    /// <param name="errors">Receives each error, with dotted paths for nested fields.</param>
    /// <param name="path">Prefix for nested field names.</param>
    public static InputRecord FromJson(JsonElement json, InputSchema schema, List<InputError> errors, string path = "")
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(errors);
        var record = new InputRecord(schema);
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError(path.Length == 0 ? "input" : path.TrimEnd('.'), "must be a JSON object", InputErrorKind.Malformed));
            return record;
        }

        foreach (var property in json.EnumerateObject())
        {
            if (!schema.TryGetField(property.Name, out var field))
            {
                errors.Add(new InputError(path + property.Name, "is not a field of this instrument", InputErrorKind.Malformed));
                continue;
            }

            var error = SetFromJson(record, field, property.Value, errors, path);
            if (error is not null)
            {
                errors.Add(error with { Field = path + error.Field });
            }
        }

        return record;
    }

    /// <summary>Sets one field from the text of a cell; empty text leaves the field not assessed.</summary>
    /// <returns>The error, or <c>null</c> when the value was stored.</returns>
    public static InputError? SetFromText(InputRecord record, FieldSpec field, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(field);
        text = text.Trim();
        if (text.IsEmpty)
        {
            record.SetMissing(field);
            return null;
        }

        switch (field)
        {
            case BoolField b:
                if (TryParseBool(text, out var flag))
                {
                    return record.Set(b, flag);
                }

                return TypeError(field, text.ToString());
            case NumberField n:
                return TryParseDecimal(text, out var number) ? record.Set(n, number) : TypeError(field, text.ToString());
            case IntegerField i:
                return TryParseDecimal(text, out var integer) ? record.Set(i, integer) : TypeError(field, text.ToString());
            case CodeField c:
                return record.Set(c, text.ToString());
            case CodeListField l:
                var parts = text.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return record.Set(l, parts);
            default:
                return new InputError(field.Name, "is an object; give its fields as separate columns named " + field.Name + ".<field>", InputErrorKind.Malformed);
        }
    }

    private static InputError? SetFromJson(InputRecord record, FieldSpec field, JsonElement value, List<InputError> errors, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            record.SetMissing(field);
            return null;
        }

        switch (field)
        {
            case BoolField b when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return record.Set(b, value.GetBoolean());
            case NumberField n when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number):
                return record.Set(n, number);
            case IntegerField i when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var integer):
                return record.Set(i, integer);
            case CodeField c when value.ValueKind == JsonValueKind.String:
                return record.Set(c, value.GetString()!);
            case CodeListField l when value.ValueKind == JsonValueKind.Array:
                var codes = new List<string>();
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.String)
                    {
                        return TypeError(field, element.GetRawText());
                    }

                    codes.Add(element.GetString()!);
                }

                return record.Set(l, codes);
            case ObjectField o when value.ValueKind == JsonValueKind.Object:
                record.Set(o, FromJson(value, o.Schema, errors, path + o.Name + "."));
                return null;
            default:
                return TypeError(field, value.GetRawText());
        }
    }

    /// <summary>
    /// Sets one field from a UTF-8 cell; booleans and plain numbers are read from the bytes, everything else
    /// as text through <see cref="SetFromText"/>.
    /// </summary>
    public static InputError? SetFromUtf8(InputRecord record, FieldSpec field, ReadOnlySpan<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(field);
        utf8 = utf8.Trim(" \t"u8);
        switch (field)
        {
            case NumberField n when TryParsePlainDecimal(utf8, out var number):
                return record.Set(n, number);
            case IntegerField i when TryParsePlainDecimal(utf8, out var integer):
                return record.Set(i, integer);
            case BoolField b when utf8.SequenceEqual("true"u8) || utf8.SequenceEqual("1"u8):
                return record.Set(b, true);
            case BoolField b when utf8.SequenceEqual("false"u8) || utf8.SequenceEqual("0"u8):
                return record.Set(b, false);
            default:
                Span<char> buffer = stackalloc char[128];
                var text = utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8).AsSpan();
                return SetFromText(record, field, text);
        }
    }

    private static bool TryParseBool(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            value = true;
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }

    /// <summary>Parses an invariant decimal; plain <c>-12.345</c> forms take a fast path (batch scoring reads millions).</summary>
    internal static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        if (TryParsePlainDecimal(text, out value))
        {
            return true;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses <c>[-]digits[.digits]</c> of up to 18 digits exactly; anything else goes to the general parser.</summary>
    private static bool TryParsePlainDecimal<T>(ReadOnlySpan<T> text, out decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        var negative = text.Length > 0 && int.CreateTruncating(text[0]) == '-';
        var start = negative ? 1 : 0;
        if (text.Length - start is < 1 or > 18)
        {
            return false;
        }

        ulong digits = 0;
        var scale = -1;
        var sawDigit = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = int.CreateTruncating(text[i]);
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if ((uint)(c - '0') > 9)
            {
                return false;
            }

            sawDigit = true;
            digits = (digits * 10) + (uint)(c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (!sawDigit)
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static InputError TypeError(FieldSpec field, string got)
    {
        if (got.Length > 40)
        {
            got = got[..40] + "...";
        }

        return new InputError(field.Name, $"must be {field.Expected}, got {got}", InputErrorKind.Malformed);
    }
}
