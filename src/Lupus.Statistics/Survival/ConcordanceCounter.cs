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
        var ranks = Ranks(risk, out var distinct);
        var tree = new int[distinct + 1];
        var exact = new int[distinct];
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
                        Add(tree, exact, ranks[i], 1);
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
                        var equal = exact[ranks[i]];
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
                        Add(tree, exact, ranks[i], 1);
                        inTree++;
                    }
                }

                k = end;
            }

            for (var i = bounds[b]; i < bounds[b + 1]; i++)
            {
                Add(tree, exact, ranks[i], -1);
            }
        }

        var value = (concordant + (tied / 2)) / (concordant + discordant + tied);
        return new Concordance(concordant, discordant, tied, tiedTime, value);
    }

    /// <summary>Dense ranks 0..distinct-1 of the risk scores (equal scores share a rank).</summary>
    private static int[] Ranks(ReadOnlySpan<double> risk, out int distinct)
    {
        var index = TimeSort.Order(risk);
        var ranks = new int[index.Length];
        distinct = 0;
        for (var i = 0; i < index.Length; i++)
        {
            if (i > 0 && risk[index[i]] != risk[index[i - 1]])
            {
                distinct++;
            }

            ranks[index[i]] = distinct;
        }

        distinct += index.Length > 0 ? 1 : 0;
        return ranks;
    }

    private static void Add(int[] tree, int[] exact, int rank, int delta)
    {
        exact[rank] += delta;
        unchecked
        {
            for (var i = rank + 1; i < tree.Length; i += i & -i)
            {
                tree[i] += delta;
            }
        }
    }

    /// <summary>Count of tree entries with rank below <paramref name="rank"/>.</summary>
    private static long Prefix(int[] tree, int rank)
    {
        long sum = 0;
        unchecked
        {
            for (var i = rank; i > 0; i -= i & -i)
            {
                sum += tree[i];
            }
        }

        return sum;
    }
}
