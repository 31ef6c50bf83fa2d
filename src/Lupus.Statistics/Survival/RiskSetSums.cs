namespace Lupus.Statistics.Survival;

/// <summary>Running risk-set sums S0, S1, S2 and the sums over the current time's events, with the tie correction.</summary>
/// <remarks>
/// Efron: the k-th of d tied events (k = 0..d-1) sees the risk set with k/d of the tied events' weight removed;
/// Breslow: every tied event sees the whole risk set (Therneau and Grambsch 2000, section 3.3).
/// </remarks>
internal sealed class RiskSetSums(int p, TiesMethod ties)
{
    private readonly double[] _s1 = new double[p];
    private readonly double[] _s2 = new double[p * (p + 1) / 2];
    private readonly double[] _d1 = new double[p];
    private readonly double[] _d2 = new double[p * (p + 1) / 2];
    private readonly double[] _xSum = new double[p];
    private readonly double[] _u = new double[p];
    private readonly double[] _i = new double[p * p];
    private double _s0;
    private double _d0;
    private double _etaSum;

    public int Deaths { get; private set; }

    public void Reset()
    {
        _s0 = 0;
        Array.Clear(_s1);
        Array.Clear(_s2);
    }

    public void StartTime()
    {
        Deaths = 0;
        _d0 = 0;
        _etaSum = 0;
        Array.Clear(_d1);
        Array.Clear(_d2);
        Array.Clear(_xSum);
    }

    /// <summary>Doubles per segment in the layout of <see cref="AddRow"/>: S0, D0, eta sum, deaths, S1, D1, x sum, S2, D2.</summary>
    public static int Stride(int p) => 4 + (3 * p) + (p * (p + 1));

    /// <summary>Adds one row to the sums of a segment (consecutive rows of one time), laid out as <see cref="Stride"/> says.</summary>
    /// <remarks>The hot loop of every likelihood evaluation: unchecked, packed lower triangle.</remarks>
    public static void AddRow(Span<double> segment, ReadOnlySpan<double> x, double eta, bool died)
    {
        unchecked
        {
            var p = x.Length;
            var triangle = p * (p + 1) / 2;
            var r = Math.Exp(eta);
            segment[0] += r;
            Accumulate(segment.Slice(4, p), segment.Slice(4 + (3 * p), triangle), x, r);
            if (died)
            {
                segment[1] += r;
                segment[2] += eta;
                segment[3]++;
                Accumulate(segment.Slice(4 + p, p), segment.Slice(4 + (3 * p) + triangle, triangle), x, r);
                var sum = segment.Slice(4 + (2 * p), p);
                for (var a = 0; a < p; a++)
                {
                    sum[a] += x[a];
                }
            }
        }
    }

    /// <summary>Adds a segment's sums: to the risk set, and to the current time's events.</summary>
    public void AddSegment(ReadOnlySpan<double> segment)
    {
        var triangle = _s2.Length;
        _s0 += segment[0];
        _d0 += segment[1];
        _etaSum += segment[2];
        Deaths += (int)segment[3];
        Add(_s1, segment.Slice(4, p));
        Add(_d1, segment.Slice(4 + p, p));
        Add(_xSum, segment.Slice(4 + (2 * p), p));
        Add(_s2, segment.Slice(4 + (3 * p), triangle));
        Add(_d2, segment.Slice(4 + (3 * p) + triangle, triangle));
    }

    /// <summary>Adds this time's score and information, and returns its log-likelihood term.</summary>
    /// <remarks>
    /// The k-th tied event sees S0_k = S0 - f_k D0 with f_k = k/d (Efron) or 0 (Breslow), mean m_k = a_k S1 - b_k D1 with
    /// a_k = 1/S0_k and b_k = f_k/S0_k, and second moment a_k S2 - b_k D2. Summing over k therefore needs only the scalar
    /// sums of a, b, a^2, ab and b^2: the vectors and matrices are combined once per time, not once per tied event.
    /// </remarks>
    public double CloseTime(Span<double> score, Span<double> information, IEventTimeVisitor? visitor, double time)
    {
        var loglik = _etaSum;
        double sa = 0, sb = 0, saa = 0, sab = 0, sbb = 0;
        for (var k = 0; k < Deaths; k++)
        {
            var f = ties == TiesMethod.Efron ? (double)k / Deaths : 0.0;
            var s0 = _s0 - (f * _d0);
            loglik -= Math.Log(s0);
            var a = 1 / s0;
            var b = f / s0;
            sa += a;
            sb += b;
            saa += a * a;
            sab += a * b;
            sbb += b * b;
        }

        for (var a = 0; a < p; a++)
        {
            _u[a] = _xSum[a] - (sa * _s1[a]) + (sb * _d1[a]);
        }

        var c = 0;
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b <= a; b++, c++)
            {
                var second = (sa * _s2[c]) - (sb * _d2[c]);
                var means = (saa * _s1[a] * _s1[b]) - (sab * ((_s1[a] * _d1[b]) + (_d1[a] * _s1[b]))) + (sbb * _d1[a] * _d1[b]);
                _i[(a * p) + b] = _i[(b * p) + a] = second - means;
            }
        }

        for (var a = 0; a < p; a++)
        {
            score[a] += _u[a];
        }

        for (var k = 0; k < _i.Length; k++)
        {
            information[k] += _i[k];
        }

        visitor?.Visit(time, _u, _i);
        return loglik;
    }

    private static void Add(double[] target, ReadOnlySpan<double> values)
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] += values[k];
        }
    }

    private static void Accumulate(Span<double> first, Span<double> second, ReadOnlySpan<double> x, double r)
    {
        unchecked
        {
            var c = 0;
            for (var a = 0; a < x.Length; a++)
            {
                var rx = r * x[a];
                first[a] += rx;
                for (var b = 0; b <= a; b++, c++)
                {
                    second[c] += rx * x[b];
                }
            }
        }
    }
}
