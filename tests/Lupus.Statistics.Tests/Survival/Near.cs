using System.Text.Json;

namespace Lupus.Statistics.Tests.Survival;

/// <summary>Comparison with R's values: 1e-6 relative (and 1e-12 absolute for values that are 0).</summary>
internal static class Near
{
    public static void Equal(JsonElement expected, double? actual, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, $"{what}: expected null, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected.GetDouble()}, got null");
        Equal(expected.GetDouble(), actual.Value, what);
    }

    public static void Equal(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= (1e-6 * Math.Abs(expected)) + 1e-12, $"{what}: expected {expected:R}, got {actual:R}");
}
