namespace Lupus.Statistics.Survival;

/// <summary>Counts concordant, discordant and tied pairs in O(n log n) with a Fenwick tree over time ranks.</summary>
/// <remarks>
/// A pair is comparable when the shorter time is an event; an event and a censoring at the same time count the event as
/// earlier; two events at the same time are tied in time and not comparable. Higher risk with the earlier event is
/// concordant; equal risk scores count one half. Pairs are formed within strata only. This is the definition of
/// <c>survival::concordance</c> (3.x) as reported by <c>coxph</c> (Harrell et al. 1982; Therneau and Watson 2017).
/// Each row gets the key 2 r + c, with r the rank of its time among the stratum's distinct times and c = 1 for a censoring,
/// so the rows comparable with an event of rank r are exactly those with a key above 2 r. Rows are visited in ascending
/// risk, and the tree counts the keys of the rows of lower risk: with few distinct times it is small enough to stay in
/// cache, however many rows there are.
/// </remarks>
internal static class ConcordanceCounter
{
    /// <param name="time">Times sorted descending within each stratum block.</param>
    /// <param name="status">Event flags in the same order.</param>
    /// <param name="risk">Risk scores (linear predictor) in the same order.</param>
    /// <param name="bounds">Stratum block starts, then the total length.</param>
    public static Concordance Count(ReadOnlySpan<double> time, ReadOnlySpan<bool> status, ReadOnlySpan<double> risk, ReadOnlySpan<int> bounds)
    {
        long concordant = 0, discordant = 0, tied = 0;
        double tiedTime = 0;
        for (var b = 0; b + 1 < bounds.Length; b++)
        {
            var from = bounds[b];
            var block = new Block(time[from..bounds[b + 1]], status[from..bounds[b + 1]]);
            tiedTime += block.TiedTimePairs;
            var (c, d, t) = block.Count(risk[from..bounds[b + 1]]);
            concordant += c;
            discordant += d;
            tied += t;
        }

        var value = (concordant + (tied / 2.0)) / (concordant + discordant + tied);
        return new Concordance(concordant, discordant, tied, tiedTime, value);
    }

    /// <summary>One stratum: the rows' keys and, per key, how many rows have a larger key.</summary>
    private sealed class Block
    {
        private readonly int[] _keys;
        private readonly long[] _above;

        public Block(ReadOnlySpan<double> time, ReadOnlySpan<bool> status)
        {
            var distinct = 0;
            for (var i = 0; i < time.Length; i++)
            {
                distinct += i == 0 || time[i] != time[i - 1] ? 1 : 0;
            }

            // Times descend, so the rank counts down from distinct - 1.
            _keys = new int[time.Length];
            var histogram = new long[(2 * distinct) + 1];
            var rank = distinct;
            long deaths = 0;
            for (var i = 0; i < time.Length; i++)
            {
                if (i == 0 || time[i] != time[i - 1])
                {
                    TiedTimePairs += deaths * (deaths - 1) / 2.0;
                    deaths = 0;
                    rank--;
                }

                deaths += status[i] ? 1 : 0;
                _keys[i] = (2 * rank) + (status[i] ? 0 : 1);
                histogram[_keys[i]]++;
            }

            TiedTimePairs += deaths * (deaths - 1) / 2.0;
            _above = new long[histogram.Length];
            for (var k = histogram.Length - 2; k >= 0; k--)
            {
                _above[k] = _above[k + 1] + histogram[k + 1];
            }
        }

        public double TiedTimePairs { get; }

        /// <summary>Concordant, discordant and tied-in-risk comparable pairs of the block (once: it reorders the keys).</summary>
        public (long Concordant, long Discordant, long Tied) Count(ReadOnlySpan<double> risk)
        {
            // The keys, sorted in place by risk: every later step reads memory in order. An even key is an event.
            var keys = _keys;
            var sortedRisk = TimeSort.SortWith(risk, keys);
            var tree = new int[_above.Length + 1];
            long concordant = 0, discordant = 0, tied = 0, inserted = 0;
            var start = 0;
            while (start < keys.Length)
            {
                var end = start + 1;
                while (end < keys.Length && sortedRisk[end] == sortedRisk[start])
                {
                    end++;
                }

                // Comparable rows of lower risk are concordant; those of equal risk, counted as the difference once the
                // group has joined the tree, are tied; the remaining comparable rows are discordant.
                for (var g = start; g < end; g++)
                {
                    if ((keys[g] & 1) == 0)
                    {
                        var lower = inserted - AtMost(tree, keys[g]);
                        concordant += lower;
                        tied -= lower;
                    }
                }

                for (var g = start; g < end; g++)
                {
                    Insert(tree, keys[g]);
                }

                inserted += end - start;
                for (var g = start; g < end; g++)
                {
                    if ((keys[g] & 1) == 0)
                    {
                        var notHigher = inserted - AtMost(tree, keys[g]);
                        tied += notHigher;
                        discordant += _above[keys[g]] - notHigher;
                    }
                }

                start = end;
            }

            return (concordant, discordant, tied);
        }

        private static void Insert(int[] tree, int key)
        {
            unchecked
            {
                for (var i = key + 1; i < tree.Length; i += i & -i)
                {
                    tree[i]++;
                }
            }
        }

        /// <summary>Count of inserted keys at most <paramref name="key"/>.</summary>
        private static long AtMost(int[] tree, int key)
        {
            long sum = 0;
            unchecked
            {
                for (var i = key + 1; i > 0; i -= i & -i)
                {
                    sum += tree[i];
                }
            }

            return sum;
        }
    }
}
