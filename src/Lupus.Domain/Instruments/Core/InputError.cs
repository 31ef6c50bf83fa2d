namespace Lupus.Domain.Instruments.Core;

/// <summary>Whether an error makes the input unreadable or only clinically invalid.</summary>
public enum InputErrorKind
{
    /// <summary>Unknown field, wrong type or a physically impossible value: the input itself is malformed.</summary>
    Malformed,

    /// <summary>Readable but outside the instrument's allowed values (for example a PGA of 3.5).</summary>
    Invalid,
}

/// <summary>One broken rule, naming the field (dotted path for nested fields) and the rule.</summary>
public sealed record InputError(string Field, string Rule, InputErrorKind Kind = InputErrorKind.Invalid)
{
    public override string ToString() => $"{Field}: {Rule}";
}
