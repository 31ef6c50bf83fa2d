namespace Lupus.Statistics.Survival;

/// <summary>Sorting of times and risk scores by least-significant-digit radix sort on their IEEE-754 bits.</summary>
/// <remarks>
/// With the sign bit flipped for non-negative values and every bit flipped for negative ones, doubles order exactly as
/// their bit patterns read as unsigned integers, so a radix sort over 11-bit digits sorts them in linear time; passes
/// where every key has the same digit (most of them for rounded times) are skipped. The sort is stable; negative zero
/// counts as zero. Keys must not be NaN.
/// </remarks>
internal static class TimeSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = (64 + Bits - 1) / Bits;
    private const ulong SignBit = 1UL << 63;
    private const int Ranges = 4;
    private const int ParallelKeys = 1 << 16;

    /// <summary>Sorts <paramref name="keys"/> ascending in place.</summary>
    public static void Sort(double[] keys)
    {
        var bits = SortableBits(keys);
        Radix(bits, null);
        for (var i = 0; i < keys.Length; i++)
        {
            var b = bits[i];
            keys[i] = BitConverter.UInt64BitsToDouble(b >> 63 != 0 ? b ^ SignBit : ~b);
        }
    }

    /// <summary>Row indices in ascending order of <paramref name="keys"/>, equal keys in row order.</summary>
    public static int[] Order(ReadOnlySpan<double> keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Radix(SortableBits(keys), order);
        return order;
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending, moving <paramref name="payload"/> along (equal keys keep their row order);
    /// returns the sorted keys as order-preserving bits, which are equal exactly when the keys are.
    /// </summary>
    public static ulong[] SortWith(ReadOnlySpan<double> keys, int[] payload)
    {
        var bits = SortableBits(keys);
        Radix(bits, payload);
        return bits;
    }

    private static ulong[] SortableBits(ReadOnlySpan<double> keys)
    {
        var bits = new ulong[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var b = BitConverter.DoubleToUInt64Bits(keys[i] == 0 ? 0.0 : keys[i]);
            bits[i] = b >> 63 != 0 ? ~b : b ^ SignBit;
        }

        return bits;
    }

    private static void Radix(ulong[] keys, int[]? payload)
    {
        var n = keys.Length;
        var counts = new int[Passes * Buckets];
        foreach (var k in keys)
        {
            for (var p = 0; p < Passes; p++)
            {
                counts[(p * Buckets) + (int)((k >> (p * Bits)) & (Buckets - 1))]++;
            }
        }

        // Scatter between two buffers, swapping them after each pass; copy back if the result ends in the spare one.
        // Each pass splits the keys into consecutive ranges scattered in parallel, each range to its own offsets within
        // every bucket: the result is the one stable order, whatever the split.
        var ranges = n >= ParallelKeys ? Ranges : 1;
        var offsets = new int[ranges * Buckets];
        var (source, target) = (keys, new ulong[n]);
        var (from, to) = (payload, payload is null ? null : new int[n]);
        for (var p = 0; p < Passes; p++)
        {
            var shift = p * Bits;
            if (n == 0 || counts[(p * Buckets) + (int)((source[0] >> shift) & (Buckets - 1))] == n)
            {
                continue; // every key has this digit: the pass would not move anything
            }

            var (s, t, f, o) = (source, target, from, to);
            Parallel.For(0, ranges, r => Count(s.AsSpan(Start(n, ranges, r), Start(n, ranges, r + 1) - Start(n, ranges, r)), shift, offsets.AsSpan(r * Buckets, Buckets)));
            var offset = 0;
            for (var b = 0; b < Buckets; b++)
            {
                for (var r = 0; r < ranges; r++)
                {
                    var c = offsets[(r * Buckets) + b];
                    offsets[(r * Buckets) + b] = offset;
                    offset += c;
                }
            }

            Parallel.For(0, ranges, r => Scatter(s, t, f, o, Start(n, ranges, r), Start(n, ranges, r + 1), shift, offsets.AsSpan(r * Buckets, Buckets)));
            (source, target) = (target, source);
            (from, to) = (to, from);
        }

        if (!ReferenceEquals(source, keys))
        {
            source.AsSpan().CopyTo(keys);
            from?.AsSpan().CopyTo(payload);
        }
    }

    private static int Start(int n, int ranges, int r) => (int)((long)n * r / ranges);

    private static void Count(ReadOnlySpan<ulong> keys, int shift, Span<int> histogram)
    {
        histogram.Clear();
        foreach (var k in keys)
        {
            histogram[(int)((k >> shift) & (Buckets - 1))]++;
        }
    }

    private static void Scatter(ulong[] source, ulong[] target, int[]? from, int[]? to, int start, int end, int shift, Span<int> offsets)
    {
        for (var i = start; i < end; i++)
        {
            var slot = offsets[(int)((source[i] >> shift) & (Buckets - 1))]++;
            target[slot] = source[i];
            if (from is not null)
            {
                to![slot] = from[i];
            }
        }
    }
}
