namespace Lupus.Statistics.Survival;

/// <summary>Helpers for integer group/stratum codes.</summary>
internal static class Codes
{
    /// <summary>Number of codes (max + 1); throws on a negative code.</summary>
    public static int Count(ReadOnlySpan<int> codes, string paramName)
    {
        var max = -1;
        foreach (var c in codes)
        {
            if (c < 0)
            {
                throw new ArgumentException("Codes must be non-negative.", paramName);
            }

            max = Math.Max(max, c);
        }

        return max + 1;
    }

    /// <summary>Row indices sorted by time ascending, then grouped by stratum keeping that order (stable counting pass).</summary>
    public static int[] OrderByStratumThenTime(ReadOnlySpan<double> time, ReadOnlySpan<int> strata)
    {
        var order = TimeSort.Order(time);
        if (strata.Length == 0)
        {
            return order;
        }

        var count = Count(strata, nameof(strata));
        var offsets = new int[count + 1];
        foreach (var s in strata)
        {
            offsets[s + 1]++;
        }

        for (var s = 0; s < count; s++)
        {
            offsets[s + 1] += offsets[s];
        }

        var result = new int[order.Length];
        foreach (var i in order)
        {
            result[offsets[strata[i]]++] = i;
        }

        return result;
    }

    /// <summary>Groups per subject, checked: one code per subject, strata likewise when given, and at least two groups.</summary>
    public static int CheckGroups(int subjects, ReadOnlySpan<int> group, ReadOnlySpan<int> strata)
    {
        if (group.Length != subjects || (strata.Length != 0 && strata.Length != subjects))
        {
            throw new ArgumentException("Group and strata codes must have one entry per subject.", nameof(group));
        }

        var groups = Count(group, nameof(group));
        if (groups < 2)
        {
            throw new ArgumentException("At least two groups are required.", nameof(group));
        }

        return groups;
    }

    /// <summary>The consecutive runs of <paramref name="order"/> (from <see cref="OrderByStratumThenTime"/>) that share a stratum.</summary>
    public static List<(int Start, int Length)> StratumRuns(ReadOnlySpan<int> order, ReadOnlySpan<int> strata)
    {
        var runs = new List<(int Start, int Length)>();
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            var stratum = strata.Length == 0 ? 0 : strata[order[start]];
            while (end < order.Length && (strata.Length == 0 || strata[order[end]] == stratum))
            {
                end++;
            }

            runs.Add((start, end - start));
            start = end;
        }

        return runs;
    }
}
