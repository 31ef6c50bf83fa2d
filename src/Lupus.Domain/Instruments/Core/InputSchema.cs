using System.Collections.Frozen;

namespace Lupus.Domain.Instruments.Core;

/// <summary>The ordered set of input fields an instrument accepts.</summary>
public sealed class InputSchema
{
    private readonly FrozenDictionary<string, FieldSpec> _byName;

    internal InputSchema(FieldSpec[] fields)
    {
        FieldArray = fields;
        Fields = fields;
        _byName = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The fields as an array, for slot checks on hot paths.</summary>
    internal FieldSpec[] FieldArray { get; }

    /// <summary>Finds a field by its exact snake_case name.</summary>
    public bool TryGetField(string name, out FieldSpec field) => _byName.TryGetValue(name, out field!);

    /// <summary>Finds a field by name given as characters (no string allocation for the lookup).</summary>
    public bool TryGetField(ReadOnlySpan<char> name, out FieldSpec field) =>
        _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out field!);
}
