namespace Lupus.Statistics.Survival;

/// <summary>
/// Cox data sorted by stratum and descending time with centred covariates, so risk-set sums accumulate in one pass.
/// </summary>
internal sealed class CoxRiskSets
{
    private const int GatherRows = 1 << 12;
    private const int ChunkRows = 1 << 12;
    private const int WindowRows = 1 << 15;
    private readonly double[] _x;
    private double[]? _eta;
    private double[]? _segments;
    private int[]? _starts;

    private CoxRiskSets(int n, int p, double[] x, double[] time, bool[] status, int[] bounds, double[] means)
    {
        N = n;
        P = p;
        _x = x;
        Time = time;
        Status = status;
        Bounds = bounds;
        Means = means;
    }

    public int N { get; }

    public int P { get; }

    public double[] Time { get; }

    public bool[] Status { get; }

    /// <summary>Start of each stratum in the sorted order, plus N at the end.</summary>
    public int[] Bounds { get; }

    public double[] Means { get; }

    public static CoxRiskSets Build(ReadOnlySpan<double> time, ReadOnlySpan<bool> status, IReadOnlyList<Covariate> covariates, ReadOnlySpan<int> strata)
    {
        var n = time.Length;
        var p = covariates.Count;
        var order = Codes.OrderByStratumThenTime(time, strata);
        var bounds = new List<int> { 0 };
        for (var k = 1; k < n; k++)
        {
            if (strata.Length != 0 && strata[order[k]] != strata[order[k - 1]])
            {
                bounds.Add(k);
            }
        }

        bounds.Add(n);

        // Reverse each stratum block: descending time.
        for (var b = 0; b + 1 < bounds.Count; b++)
        {
            Array.Reverse(order, bounds[b], bounds[b + 1] - bounds[b]);
        }

        var means = new double[p];
        var columns = new ReadOnlyMemory<double>[p];
        for (var j = 0; j < p; j++)
        {
            columns[j] = covariates[j].Values;
        }

        Parallel.For(0, p, j => means[j] = Mean(columns[j].Span));

        // Scattered from the input order: the columns are read in order and the values of a row land side by side in
        // the row-major matrix, one cache miss per row rather than one per value.
        var position = new int[n];
        for (var k = 0; k < n; k++)
        {
            position[order[k]] = k;
        }

        var x = GC.AllocateUninitializedArray<double>(n * p);
        var scatter = Task.Run(() => Parallel.For(0, Blocks(n, GatherRows), block =>
        {
            // Blocks small enough that the rows they write stay in cache from one column to the next.
            var from = block * GatherRows;
            var end = Math.Min(n, from + GatherRows);
            for (var j = 0; j < p; j++)
            {
                var values = columns[j].Span;
                var mean = means[j];
                for (var i = from; i < end; i++)
                {
                    x[(position[i] * p) + j] = values[i] - mean;
                }
            }
        }));

        // Meanwhile times and flags, straight from the caller's spans.
        var sortedTime = GC.AllocateUninitializedArray<double>(n);
        var sortedStatus = GC.AllocateUninitializedArray<bool>(n);
        for (var i = 0; i < n; i++)
        {
            sortedTime[position[i]] = time[i];
            sortedStatus[position[i]] = status[i];
        }

        scatter.Wait();
        return new CoxRiskSets(n, p, x, sortedTime, sortedStatus, [.. bounds], means);
    }

    /// <summary>Linear predictor of each sorted row (centred covariates) for <paramref name="beta"/>.</summary>
    public ReadOnlySpan<double> LinearPredictor(ReadOnlySpan<double> beta)
    {
        // Made when first needed (for the concordance, after the fit), so it adds nothing to the memory of the fit.
        _eta ??= new double[N];
        unchecked
        {
            for (var k = 0; k < N; k++)
            {
                var row = _x.AsSpan(k * P, P);
                var eta = 0.0;
                for (var j = 0; j < row.Length; j++)
                {
                    eta += row[j] * beta[j];
                }

                _eta[k] = eta;
            }
        }

        return _eta;
    }

    /// <summary>Log partial likelihood at <paramref name="beta"/>, writing the score vector and information matrix.</summary>
    /// <remarks>
    /// Rows are taken in windows of fixed-size chunks. First, in parallel, each chunk sums exp(eta) and its products with
    /// the covariates over each run of rows sharing a time (a segment; a chunk edge or a stratum start also ends one).
    /// Then one pass over the segments, in row order, accumulates the risk sets and closes each event time. Chunk edges
    /// depend on the row count only, so the result is the same on every run and machine.
    /// </remarks>
    public double Evaluate(ReadOnlySpan<double> beta, TiesMethod ties, Span<double> score, Span<double> information, IEventTimeVisitor? visitor = null)
    {
        score.Clear();
        information.Clear();
        var stride = RiskSetSums.Stride(P);
        var window = Math.Min(N, WindowRows);

        // Reused by every evaluation; uninitialised, so that only the slots actually written take memory.
        var segments = _segments ??= GC.AllocateUninitializedArray<double>(window * stride);
        var starts = _starts ??= new int[window];
        var counts = new int[Blocks(window, ChunkRows)];
        var coefficients = beta.ToArray();
        var sums = new RiskSetSums(P, ties);
        var loglik = 0.0;
        var bound = 0;
        var open = false;
        var currentTime = 0.0;
        for (var from = 0; from < N; from += WindowRows)
        {
            var to = Math.Min(N, from + WindowRows);
            var first = from;
            Parallel.For(0, Blocks(to - from, ChunkRows), c => counts[c] = SumSegments(coefficients, first + (c * ChunkRows), Math.Min(to, first + ((c + 1) * ChunkRows)), first, segments, starts));
            for (var c = 0; c < Blocks(to - from, ChunkRows); c++)
            {
                for (var slot = c * ChunkRows; slot < (c * ChunkRows) + counts[c]; slot++)
                {
                    var start = starts[slot];
                    var newStratum = start == Bounds[bound];
                    if (open && (newStratum || Time[start] != currentTime))
                    {
                        loglik += sums.Deaths > 0 ? sums.CloseTime(score, information, visitor, currentTime) : 0;
                        open = false;
                    }

                    if (newStratum)
                    {
                        sums.Reset();
                        bound++;
                    }

                    if (!open)
                    {
                        sums.StartTime();
                        currentTime = Time[start];
                        open = true;
                    }

                    sums.AddSegment(segments.AsSpan(slot * stride, stride));
                }
            }
        }

        loglik += open && sums.Deaths > 0 ? sums.CloseTime(score, information, visitor, currentTime) : 0;
        return loglik;
    }

    /// <summary>Sums rows [from, to) into segments at slots from from - window on; returns the number of segments.</summary>
    private int SumSegments(double[] beta, int from, int to, int window, double[] segments, int[] starts)
    {
        var stride = RiskSetSums.Stride(P);
        var slot = from - window;
        var first = slot;
        var bound = Array.BinarySearch(Bounds, from);
        bound = bound >= 0 ? bound + 1 : ~bound;
        var k = from;
        while (k < to)
        {
            var limit = Math.Min(to, Bounds[bound]);
            if (k == limit)
            {
                bound++;
                continue;
            }

            var t = Time[k];
            var segment = segments.AsSpan(slot * stride, stride);
            segment.Clear();
            starts[slot++] = k;
            for (; k < limit && Time[k] == t; k++)
            {
                var row = _x.AsSpan(unchecked(k * P), P);
                var eta = 0.0;
                for (var j = 0; j < row.Length; j++)
                {
                    eta += row[j] * beta[j];
                }

                RiskSetSums.AddRow(segment, row, eta, Status[k]);
            }
        }

        return slot - first;
    }

    private static int Blocks(int rows, int size) => (rows + size - 1) / size;

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
