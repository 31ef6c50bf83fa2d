namespace Lupus.Domain.Instruments.Activity;

/// <summary>Three-valued logic over "known true", "known false" and "not assessable" (<c>null</c>).</summary>
internal static class ThreeValued
{
    /// <summary>False when any part is false, otherwise null when any part is unknown, otherwise true.</summary>
    public static bool? All(params ReadOnlySpan<bool?> parts)
    {
        var unknown = false;
        foreach (var part in parts)
        {
            if (part == false)
            {
                return false;
            }

            unknown |= part is null;
        }

        return unknown ? null : true;
    }

    /// <summary>True when any part is true, otherwise null when any part is unknown, otherwise false.</summary>
    public static bool? Any(params ReadOnlySpan<bool?> parts)
    {
        var unknown = false;
        foreach (var part in parts)
        {
            if (part == true)
            {
                return true;
            }

            unknown |= part is null;
        }

        return unknown ? null : false;
    }

    /// <summary><paramref name="value"/> &lt;= <paramref name="limit"/>, or null when the value is missing.</summary>
    public static bool? AtMost(decimal? value, decimal limit) => value is { } v ? v <= limit : null;

    /// <summary><paramref name="value"/> &lt; <paramref name="limit"/> (strict), or null when the value is missing.</summary>
    public static bool? Below(decimal? value, decimal limit) => value is { } v ? v < limit : null;

    /// <summary>Logical NOT that keeps "not assessable".</summary>
    public static bool? Not(bool? value) => value is { } v ? !v : null;
}
