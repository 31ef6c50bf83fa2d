using System.Text.Json;

namespace Lupus.Statistics.Tests.Meta;

/// <summary>Agreement with a metafor fixture value: 1e-6 relative (absolute below 1e-3).</summary>
internal static class FixtureAssert
{
    public static void Close(JsonElement parent, string key, double actual) => Close(parent.GetProperty(key), actual, key);

    public static void Close(JsonElement expected, double actual, string key)
    {
        var value = expected.GetDouble();
        Assert.True(Math.Abs(actual - value) <= 1e-6 * Math.Max(Math.Abs(value), 1e-3), $"{key}: expected {value:R}, got {actual:R}");
    }

    /// <summary>Checks the estimate, its SE and p, and Cochran's Q with its p against the fixture.</summary>
    public static void Summary(JsonElement e, double estimate, double se, double p, double q, double qp)
    {
        Close(e, "estimate", estimate);
        Close(e, "se", se);
        Close(e, "p", p);
        Close(e, "q", q);
        Close(e, "q_p", qp);
    }
}
