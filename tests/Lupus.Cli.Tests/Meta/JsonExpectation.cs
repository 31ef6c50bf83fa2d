using System.Globalization;
using System.Text.Json;

namespace Lupus.Cli.Tests.Meta;

/// <summary>Recursive comparison of an expected JSON document (from R) with actual output: every expected member must match.</summary>
internal static class JsonExpectation
{
    public const double Tolerance = 1e-6;

    public static List<string> Differences(JsonElement expected, JsonElement actual, string path = "$")
    {
        var problems = new List<string>();
        Compare(expected, actual, path, problems);
        return problems;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> problems)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: expected an object, got {actual.ValueKind}");
                    return;
                }

                foreach (var member in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(member.Name, out var value))
                    {
                        problems.Add($"{path}.{member.Name}: missing");
                        continue;
                    }

                    Compare(member.Value, value, $"{path}.{member.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    problems.Add($"{path}: expected an array of {expected.GetArrayLength()}, got {actual}");
                    return;
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    Compare(expected[i], actual[i], $"{path}[{i}]", problems);
                }

                break;
            case JsonValueKind.Number:
                if (actual.ValueKind != JsonValueKind.Number)
                {
                    problems.Add($"{path}: expected {expected.GetDouble().ToString("R", CultureInfo.InvariantCulture)}, got {actual}");
                    return;
                }

                double e = expected.GetDouble(), a = actual.GetDouble();
                if (Math.Abs(a - e) > Tolerance * Math.Max(Math.Abs(e), 1e-3))
                {
                    problems.Add($"{path}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got {a.ToString("R", CultureInfo.InvariantCulture)}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind || (expected.ValueKind == JsonValueKind.String && expected.GetString() != actual.GetString()))
                {
                    problems.Add($"{path}: expected {expected}, got {actual}");
                }

                break;
        }
    }
}
