namespace Lupus.Interchange.Fhir;

/// <summary>A two-way table between an enum and the codes that stand for it in FHIR.</summary>
internal sealed class CodeMap<TEnum>(params (TEnum Value, string Code)[] pairs)
    where TEnum : struct, Enum
{
    public string Code(TEnum value) => pairs.First(p => EqualityComparer<TEnum>.Default.Equals(p.Value, value)).Code;

    public bool TryRead(string? code, out TEnum value)
    {
        foreach (var (candidate, text) in pairs)
        {
            if (string.Equals(text, code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The allowed codes, for error messages.</summary>
    public string Allowed => string.Join(", ", pairs.Select(p => p.Code));
}
