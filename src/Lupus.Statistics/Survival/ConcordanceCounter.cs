namespace Lupus.Statistics.Survival;

/// <summary>Counts concordant, discordant and tied pairs in O(n log n) with a Fenwick tree over risk-score ranks.</summary>
/// <remarks>
/// A pair is comparable when the shorter time is an event; an event and a censoring at the same time count the event as
/// earlier; two events at the same time are tied in time and not comparable. Higher risk with the earlier event is
/// concordant; equal risk scores count one half. Pairs are formed within strata only. This is the definition of
/// <c>survival::concordance</c> (3.x) as reported by <c>coxph</c> (Harrell et al. 1982; Therneau and Watson 2017).
/// </remarks>
internal static class ConcordanceCounter
{
    /// <param name="time">Times sorted descending within each stratum block.</param>
    /// <param name="status">Event flags in the same order.</param>
    /// <param name="risk">Risk scores (linear predictor) in the same order.</param>
    /// <param name="bounds">Stratum block starts, then the total length.</param>
    public static Concordance Count(ReadOnlySpan<double> time, ReadOnlySpan<bool> status, ReadOnlySpan<double> risk, ReadOnlySpan<int> bounds)
    {
        var sorted = risk.ToArray();
        Array.Sort(sorted);
        var ranks = new int[risk.Length];
        for (var k = 0; k < risk.Length; k++)
        {
            ranks[k] = LowerBound(sorted, risk[k]);
        }

        var tree = new long[sorted.Length + 1];
        double concordant = 0, discordant = 0, tied = 0, tiedTime = 0;
        for (var b = 0; b + 1 < bounds.Length; b++)
        {
            long inTree = 0;
            var k = bounds[b];
            while (k < bounds[b + 1])
            {
                // Rows later than t are in the tree; add censorings at t first, as they outlast events at t.
                var t = time[k];
                var end = k;
                while (end < bounds[b + 1] && time[end] == t)
                {
                    end++;
                }

                for (var i = k; i < end; i++)
                {
                    if (!status[i])
                    {
                        Add(tree, ranks[i], 1);
                        inTree++;
                    }
                }

                long deaths = 0;
                for (var i = k; i < end; i++)
                {
                    if (status[i])
                    {
                        deaths++;
                        var below = Prefix(tree, ranks[i]);
                        var equal = Prefix(tree, ranks[i] + 1) - below;
                        concordant += below;
                        tied += equal;
                        discordant += inTree - below - equal;
                    }
                }

                tiedTime += deaths * (deaths - 1) / 2.0;
                for (var i = k; i < end; i++)
                {
                    if (status[i])
                    {
                        Add(tree, ranks[i], 1);
                        inTree++;
                    }
                }

                k = end;
            }

            for (var i = bounds[b]; i < bounds[b + 1]; i++)
            {
                Add(tree, ranks[i], -1);
            }
        }

        var value = (concordant + (tied / 2)) / (concordant + discordant + tied);
        return new Concordance(concordant, discordant, tied, tiedTime, value);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void Add(long[] tree, int rank, int delta)
    {
        for (var i = rank + 1; i < tree.Length; i += i & -i)
        {
            tree[i] += delta;
        }
    }

    /// <summary>Count of tree entries with rank below <paramref name="rank"/>.</summary>
    private static long Prefix(long[] tree, int rank)
    {
        long sum = 0;
        for (var i = rank; i > 0; i -= i & -i)
        {
            sum += tree[i];
        }

        return sum;
    }
}
