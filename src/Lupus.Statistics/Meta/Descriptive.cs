namespace Lupus.Statistics.Meta;

/// <summary>Robust summaries used to set default search intervals.</summary>
internal static class Descriptive
{
    /// <summary>Median (mean of the two middle values for an even count).</summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /// <summary>Median absolute deviation scaled by 1.4826 for consistency at the normal, as R's <c>mad</c>.</summary>
    public static double Mad(ReadOnlySpan<double> values)
    {
        var center = Median(values);
        var deviations = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            deviations[i] = Math.Abs(values[i] - center);
        }

        return 1.4826 * Median(deviations);
    }
}
