using System.Globalization;
using System.Text.Json.Nodes;

namespace Lupus.Domain.Tests.Support;

/// <summary>The worked-case comparison of specification 0.7: lists as sets, objects key by key, numbers exactly.</summary>
public static class CaseComparer
{
    /// <summary>Returns one message per expected key that the actual result does not match.</summary>
    public static IReadOnlyList<string> Differences(JsonObject expected, JsonObject actual)
    {
        var problems = new List<string>();
        foreach (var (key, value) in expected)
        {
            if (!actual.ContainsKey(key))
            {
                problems.Add($"{key}: missing from the result");
            }
            else if (!Matches(key, value, actual[key]))
            {
                problems.Add($"{key}: expected {value?.ToJsonString() ?? "null"}, got {actual[key]?.ToJsonString() ?? "null"}");
            }
        }

        return problems;
    }

    private static bool Matches(string key, JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonArray e:
                return actual is JsonArray a && e.Select(Canonical).ToHashSet().SetEquals(a.Select(Canonical));
            case JsonObject o:
                return actual is JsonObject ao && Differences(o, ao).Count == 0;
            case JsonValue v when actual is JsonValue av:
                if (TryDecimal(v, out var x) && TryDecimal(av, out var y))
                {
                    // One decimal for the displayed reduction percentage (0.7); everything else exactly.
                    return key == "proteinuria_reduction_percent" ? Math.Round(x, 1) == Math.Round(y, 1) : x == y;
                }

                return Canonical(v) == Canonical(av);
            default:
                return false;
        }
    }

    private static bool TryDecimal(JsonValue value, out decimal number)
    {
        if (value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            number = decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return true;
        }

        number = 0;
        return false;
    }

    private static string Canonical(JsonNode? node) => node?.ToJsonString() ?? "null";
}
