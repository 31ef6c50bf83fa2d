using System.Globalization;

namespace Lupus.Domain.Instruments.Core;

/// <summary>
/// The raw input of one instrument calculation: one slot per schema field, each either missing (not assessed)
/// or holding a value already checked for type and physical range.
/// </summary>
/// <remarks>
/// Readers (JSON, CSV, forms) fill a record through the <c>Set</c> methods, which return an
/// <see cref="InputError"/> instead of storing a value that breaks the field's declaration. A record can be
/// <see cref="Clear">cleared</see> and refilled, so a streaming reader reuses one per row.
/// </remarks>
public sealed class InputRecord
{
    // Parallel arrays rather than one array of structs: clearing a record for the next row only zeroes the kinds.
    private readonly SlotKind[] _kinds;
    private readonly decimal[] _numbers;
    private readonly object?[] _references;
    private bool _holdsReferences;

    public InputRecord(InputSchema schema)
    {
        Schema = schema;
        _kinds = new SlotKind[schema.Fields.Count];
        _numbers = new decimal[_kinds.Length];
        _references = new object?[_kinds.Length];
    }

    public InputSchema Schema { get; }

    /// <summary>Marks every field as not assessed.</summary>
    public void Clear()
    {
        Array.Clear(_kinds);
        if (_holdsReferences)
        {
            Array.Clear(_references);
            _holdsReferences = false;
        }
    }

    public bool IsPresent(FieldSpec field) => _kinds[Check(field)] != SlotKind.Missing;

    /// <summary>True when no field of the schema has a value.</summary>
    public bool IsEmpty => Array.TrueForAll(_kinds, k => k == SlotKind.Missing);

    public bool? Get(BoolField field)
    {
        var i = Check(field);
        return _kinds[i] == SlotKind.Bool ? _numbers[i] != 0 : null;
    }

    public decimal? Get(NumberField field)
    {
        var i = Check(field);
        return _kinds[i] == SlotKind.Number ? _numbers[i] : null;
    }

    public int? Get(IntegerField field)
    {
        var i = Check(field);
        return _kinds[i] == SlotKind.Number ? (int)_numbers[i] : null;
    }

    public string? Get(CodeField field) => Reference(field) as string;

    public IReadOnlyList<string>? Get(CodeListField field) => Reference(field) as string[];

    public InputRecord? Get(ObjectField field) => Reference(field) as InputRecord;

    public InputError? Set(BoolField field, bool value)
    {
        Store(Check(field), SlotKind.Bool, value ? 1 : 0);
        return null;
    }

    public InputError? Set(NumberField field, decimal value)
    {
        if (value < field.Min || value > field.Max)
        {
            return new InputError(field.Name, $"must be {field.Expected}, got {Format(value)}", InputErrorKind.Malformed);
        }

        Store(Check(field), SlotKind.Number, value);
        return null;
    }

    public InputError? Set(IntegerField field, decimal value)
    {
        if (decimal.Truncate(value) != value)
        {
            return new InputError(field.Name, $"must be an integer, got {Format(value)}", InputErrorKind.Malformed);
        }

        if (value < field.Min || value > field.Max)
        {
            return new InputError(field.Name, $"must be {field.Expected}, got {Format(value)}", InputErrorKind.Malformed);
        }

        Store(Check(field), SlotKind.Number, value);
        return null;
    }

    /// <summary>Stores a code; a value outside the allowed set makes the input invalid (not malformed).</summary>
    public InputError? Set(CodeField field, string value)
    {
        var known = IndexOf(field.Allowed, value);
        if (known is null)
        {
            return new InputError(field.Name, $"must be {field.Expected}, got \"{value}\"");
        }

        StoreReference(Check(field), known);
        return null;
    }

    public InputError? Set(CodeListField field, IEnumerable<string> values)
    {
        var list = new List<string>();
        foreach (var value in values)
        {
            var known = IndexOf(field.Allowed, value);
            if (known is null)
            {
                return new InputError(field.Name, $"must contain only {string.Join(", ", field.Allowed)}; got \"{value}\"");
            }

            if (!list.Contains(known))
            {
                list.Add(known);
            }
        }

        StoreReference(Check(field), list.ToArray());
        return null;
    }

    public void Set(ObjectField field, InputRecord value)
    {
        if (!ReferenceEquals(value.Schema, field.Schema))
        {
            throw new ArgumentException($"The record does not follow the schema of '{field.Name}'.", nameof(value));
        }

        StoreReference(Check(field), value);
    }

    /// <summary>Marks one field as not assessed.</summary>
    public void SetMissing(FieldSpec field)
    {
        var i = Check(field);
        _kinds[i] = SlotKind.Missing;
        _references[i] = null;
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? IndexOf(IReadOnlyList<string> allowed, string value)
    {
        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], value, StringComparison.Ordinal))
            {
                return allowed[i];
            }
        }

        return null;
    }

    private object? Reference(FieldSpec field)
    {
        var i = Check(field);
        return _kinds[i] == SlotKind.Reference ? _references[i] : null;
    }

    private void Store(int index, SlotKind kind, decimal number)
    {
        _kinds[index] = kind;
        _numbers[index] = number;
    }

    private void StoreReference(int index, object value)
    {
        _kinds[index] = SlotKind.Reference;
        _references[index] = value;
        _holdsReferences = true;
    }

    private int Check(FieldSpec field)
    {
        var index = field.Index;
        if ((uint)index >= (uint)_kinds.Length || !ReferenceEquals(Schema.FieldArray[index], field))
        {
            throw new ArgumentException($"Field '{field.Name}' does not belong to this record's schema.", nameof(field));
        }

        return index;
    }

    private enum SlotKind : byte
    {
        Missing,
        Bool,
        Number,
        Reference,
    }
}
