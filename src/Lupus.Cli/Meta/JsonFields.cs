using System.Text.Json;

namespace Lupus.Cli.Meta;

/// <summary>Utf8JsonWriter helpers: full round-trip doubles, and null for missing or non-finite values.</summary>
internal static class JsonFields
{
    public static void Number(this Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void NumberValue(this Utf8JsonWriter w, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumberValue(v);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    /// <summary>Writes the common estimate/test/interval fields of a coefficient-like result.</summary>
    public static void Test(this Utf8JsonWriter w, double estimate, double se, double statistic, double p, double lower, double upper)
    {
        w.Number("estimate", estimate);
        w.Number("se", se);
        w.Number("statistic", statistic);
        w.Number("p", p);
        w.Number("ci_lower", lower);
        w.Number("ci_upper", upper);
    }
}
