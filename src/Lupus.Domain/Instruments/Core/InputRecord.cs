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
    private readonly Slot[] _slots;

    public InputRecord(InputSchema schema)
    {
        Schema = schema;
        _slots = new Slot[schema.Fields.Count];
    }

    public InputSchema Schema { get; }

    /// <summary>Marks every field as not assessed.</summary>
    public void Clear() => Array.Clear(_slots);

    public bool IsPresent(FieldSpec field) => _slots[field.Index].Kind != SlotKind.Missing;

    /// <summary>True when no field of the schema has a value.</summary>
    public bool IsEmpty => Array.TrueForAll(_slots, s => s.Kind == SlotKind.Missing);

    public bool? Get(BoolField field) => Read(field).Kind == SlotKind.Bool ? _slots[field.Index].Number != 0 : null;

    public decimal? Get(NumberField field) => Read(field).Kind == SlotKind.Number ? _slots[field.Index].Number : null;

    public int? Get(IntegerField field) => Read(field).Kind == SlotKind.Number ? (int)_slots[field.Index].Number : null;

    public string? Get(CodeField field) => Read(field).Reference as string;

    public IReadOnlyList<string>? Get(CodeListField field) => Read(field).Reference as string[];

    public InputRecord? Get(ObjectField field) => Read(field).Reference as InputRecord;

    public InputError? Set(BoolField field, bool value)
    {
        _slots[Check(field)] = new Slot(SlotKind.Bool, value ? 1 : 0, null);
        return null;
    }

    public InputError? Set(NumberField field, decimal value)
    {
        if (value < field.Min || value > field.Max)
        {
            return new InputError(field.Name, $"must be {field.Expected}, got {Format(value)}", InputErrorKind.Malformed);
        }

        _slots[Check(field)] = new Slot(SlotKind.Number, value, null);
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

        _slots[Check(field)] = new Slot(SlotKind.Number, value, null);
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

        _slots[Check(field)] = new Slot(SlotKind.Reference, 0, known);
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

        _slots[Check(field)] = new Slot(SlotKind.Reference, 0, list.ToArray());
        return null;
    }

    public void Set(ObjectField field, InputRecord value)
    {
        if (!ReferenceEquals(value.Schema, field.Schema))
        {
            throw new ArgumentException($"The record does not follow the schema of '{field.Name}'.", nameof(value));
        }

        _slots[Check(field)] = new Slot(SlotKind.Reference, 0, value);
    }

    /// <summary>Marks one field as not assessed.</summary>
    public void SetMissing(FieldSpec field) => _slots[Check(field)] = default;

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

    private ref readonly Slot Read(FieldSpec field) => ref _slots[Check(field)];

    private int Check(FieldSpec field)
    {
        var index = field.Index;
        if ((uint)index >= (uint)_slots.Length || !ReferenceEquals(Schema.Fields[index], field))
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

    private readonly record struct Slot(SlotKind Kind, decimal Number, object? Reference);
}
