namespace Lupus.Statistics.Survival;

/// <summary>
/// Cox data sorted by stratum and descending time with centred covariates, so risk-set sums accumulate in one pass.
/// </summary>
internal sealed class CoxRiskSets
{
    private readonly double[] _x;
    private readonly double[] _eta;

    private CoxRiskSets(int n, int p, double[] x, double[] time, bool[] status, int[] bounds, double[] means)
    {
        N = n;
        P = p;
        _x = x;
        Time = time;
        Status = status;
        Bounds = bounds;
        Means = means;
        _eta = new double[n];
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
        var x = new double[n * p];
        for (var j = 0; j < p; j++)
        {
            var values = covariates[j].Values.Span;
            var sum = 0.0;
            foreach (var v in values)
            {
                sum += v;
            }

            means[j] = sum / n;
            for (var k = 0; k < n; k++)
            {
                x[(k * p) + j] = values[order[k]] - means[j];
            }
        }

        var sortedTime = new double[n];
        var sortedStatus = new bool[n];
        for (var k = 0; k < n; k++)
        {
            sortedTime[k] = time[order[k]];
            sortedStatus[k] = status[order[k]];
        }

        return new CoxRiskSets(n, p, x, sortedTime, sortedStatus, [.. bounds], means);
    }

    /// <summary>Linear predictor of each sorted row (centred covariates) for <paramref name="beta"/>.</summary>
    public ReadOnlySpan<double> LinearPredictor(ReadOnlySpan<double> beta)
    {
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
    public double Evaluate(ReadOnlySpan<double> beta, TiesMethod ties, Span<double> score, Span<double> information, IEventTimeVisitor? visitor = null)
    {
        score.Clear();
        information.Clear();
        var eta = LinearPredictor(beta);
        var sums = new RiskSetSums(P, ties);
        var loglik = 0.0;
        for (var b = 0; b + 1 < Bounds.Length; b++)
        {
            sums.Reset();
            var k = Bounds[b];
            while (k < Bounds[b + 1])
            {
                var t = Time[k];
                sums.StartTime();
                for (; k < Bounds[b + 1] && Time[k] == t; k++)
                {
                    sums.Add(_x.AsSpan(unchecked(k * P), P), eta[k], Status[k]);
                }

                if (sums.Deaths > 0)
                {
                    loglik += sums.CloseTime(score, information, visitor, t);
                }
            }
        }

        return loglik;
    }
}
