namespace Lupus.Statistics.Survival;

/// <summary>Sums weighted observed - expected and its covariance over the event times of each stratum.</summary>
internal sealed class LogRankAccumulator(int groups, double rho)
{
    private readonly int[] _counts = new int[groups];
    private readonly double[] _observed = new double[groups];
    private readonly double[] _expected = new double[groups];
    private readonly double[] _variance = new double[groups * groups];
    private readonly int[] _atRisk = new int[groups];
    private readonly int[] _deaths = new int[groups];
    private readonly int[] _leaving = new int[groups];

    /// <summary>Adds one stratum; <paramref name="order"/> holds its rows sorted by time.</summary>
    public void AddStratum(ReadOnlySpan<int> order, ReadOnlySpan<double> time, ReadOnlySpan<bool> status, ReadOnlySpan<int> group)
    {
        Array.Clear(_atRisk);
        foreach (var i in order)
        {
            _atRisk[group[i]]++;
            _counts[group[i]]++;
        }

        var n = order.Length;
        double surv = 1;
        var k = 0;
        while (k < order.Length)
        {
            Array.Clear(_deaths);
            Array.Clear(_leaving);
            var t = time[order[k]];
            var d = 0;
            var leaving = 0;
            for (; k < order.Length && time[order[k]] == t; k++)
            {
                var g = group[order[k]];
                _leaving[g]++;
                leaving++;
                if (status[order[k]])
                {
                    _deaths[g]++;
                    d++;
                }
            }

            if (d > 0)
            {
                AddTime(n, d, rho == 0 ? 1.0 : Math.Pow(surv, rho));
                surv *= 1 - ((double)d / n);
            }

            for (var g = 0; g < groups; g++)
            {
                _atRisk[g] -= _leaving[g];
            }

            n -= leaving;
        }
    }

    private void AddTime(int n, int d, double weight)
    {
        var spread = n > 1 ? weight * weight * d * (n - d) / (n - 1.0) : 0;
        for (var g = 0; g < groups; g++)
        {
            var share = (double)_atRisk[g] / n;
            _observed[g] += weight * _deaths[g];
            _expected[g] += weight * d * share;
            for (var h = 0; h < groups; h++)
            {
                var other = (double)_atRisk[h] / n;
                _variance[(g * groups) + h] += spread * share * ((g == h ? 1 : 0) - other);
            }
        }
    }

    public LogRankResult Result()
    {
        // Groups with no expected events carry no information; the first remaining group is the reference.
        var used = Enumerable.Range(0, groups).Where(g => _expected[g] > 0).ToArray();
        var chisq = 0.0;
        var df = used.Length - 1;
        if (df >= 1)
        {
            var free = used.Skip(1).ToArray();
            var u = free.Select(g => _observed[g] - _expected[g]).ToArray();
            var v = new double[free.Length * free.Length];
            for (var a = 0; a < free.Length; a++)
            {
                for (var b = 0; b < free.Length; b++)
                {
                    v[(a * free.Length) + b] = _variance[(free[a] * groups) + free[b]];
                }
            }

            chisq = Cholesky.QuadraticForm(v, u);
        }

        return new LogRankResult(_counts, _observed, _expected, _variance, ChiSquareTest.Of(chisq, Math.Max(df, 0)), rho);
    }
}
