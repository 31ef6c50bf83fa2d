namespace Lupus.Domain.Instruments.Core;

/// <summary>One named input field of an instrument, as named in the instrument specification.</summary>
/// <remarks>
/// A field knows its slot in <see cref="InputRecord"/>, so instruments read values by index rather than by
/// name; that keeps batch scoring free of per-row dictionary look-ups.
/// </remarks>
public abstract class FieldSpec
{
    private protected FieldSpec(string name, int index)
    {
        Name = name;
        Index = index;
    }

    /// <summary>Snake_case name, unit suffix included (for example <c>proteinuria_g_per_24h</c>).</summary>
    public string Name { get; }

    /// <summary>Slot of this field in its schema.</summary>
    public int Index { get; }

    /// <summary>Human-readable description of the expected value, used in error messages.</summary>
    public abstract string Expected { get; }
}

/// <summary>A boolean: <c>true</c> assessed and present, <c>false</c> assessed and absent, missing = not assessed.</summary>
public sealed class BoolField(string name, int index) : FieldSpec(name, index)
{
    public override string Expected => "true or false";
}

/// <summary>A decimal quantity with a physically possible range (violations are input errors).</summary>
public sealed class NumberField(string name, int index, decimal min, decimal max) : FieldSpec(name, index)
{
    /// <summary>Smallest physically possible value (inclusive).</summary>
    public decimal Min { get; } = min;

    /// <summary>Largest physically possible value (inclusive).</summary>
    public decimal Max { get; } = max;

    public override string Expected => $"a number from {Min} to {Max}";
}

/// <summary>An integer with a physically possible range.</summary>
public sealed class IntegerField(string name, int index, int min, int max) : FieldSpec(name, index)
{
    public int Min { get; } = min;

    public int Max { get; } = max;

    public override string Expected => $"an integer from {Min} to {Max}";
}

/// <summary>A code from a closed set of values (for example a BILAG grade or <c>"persistent"</c>).</summary>
public sealed class CodeField(string name, int index, IReadOnlyList<string> allowed) : FieldSpec(name, index)
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Expected => "one of " + string.Join(", ", Allowed.Select(a => $"\"{a}\""));
}

/// <summary>A set of codes from a closed vocabulary (in CSV: codes separated by <c>;</c>).</summary>
public sealed class CodeListField(string name, int index, IReadOnlyList<string> allowed) : FieldSpec(name, index)
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string Expected => "a list of " + string.Join(", ", Allowed.Select(a => $"\"{a}\""));
}

/// <summary>A nested object with its own schema (in CSV: columns named <c>field.subfield</c>).</summary>
public sealed class ObjectField(string name, int index, InputSchema schema) : FieldSpec(name, index)
{
    public InputSchema Schema { get; } = schema;

    public override string Expected => "an object with keys " + string.Join(", ", Schema.Fields.Select(f => f.Name));
}
