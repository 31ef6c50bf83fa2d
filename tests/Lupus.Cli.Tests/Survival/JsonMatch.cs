using System.Text.Json;

namespace Lupus.Cli.Tests.Survival;

/// <summary>Every field R wrote must be present and equal (numbers to 1e-6 relative); extra fields are allowed.</summary>
internal static class JsonMatch
{
    public static void Equal(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name} is missing");
                    Equal(property.Value, value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    Equal(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number:
                Assert.True(actual.ValueKind == JsonValueKind.Number, $"{path}: expected {expected}, got {actual}");
                var e = expected.GetDouble();
                var a = actual.GetDouble();
                Assert.True(Math.Abs(e - a) <= (1e-6 * Math.Abs(e)) + 1e-12, $"{path}: expected {e:R}, got {a:R}");
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString() && expected.ValueKind == actual.ValueKind, $"{path}: expected {expected}, got {actual}");
                break;
        }
    }
}
