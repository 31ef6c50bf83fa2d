namespace Lupus.Statistics.Survival;

/// <summary>
/// Aalen-Johansen state probabilities for "event-free, then one of k causes", with the infinitesimal-jackknife variance.
/// </summary>
/// <remarks>
/// Each subject's influence U_i(t) = dp(t)/dw_i obeys U_i(t) = U_i(t-) H(t) + p_0(t-) dH(t)/dw_i, where H is the transition
/// matrix at t and dH/dw_i is non-zero only while i is at risk. Subjects still at risk share one influence vector, and those
/// who have left evolve linearly, so the sums of squares and cross-products of the departed are updated in closed form:
/// O(k^2) per time instead of O(n).
/// </remarks>
internal sealed class AalenJohansenInfluence(int causes, int atRisk)
{
    private const double RoundingShare = 1e-13;
    private readonly double[] _incidence = new double[causes];
    private readonly double[] _shared = new double[causes + 1];      // influence of a subject still at risk: [state 0, causes]
    private readonly double[] _next = new double[causes + 1];
    private readonly double[] _event = new double[causes + 1];
    private readonly double[] _gone00 = new double[1];
    private readonly double[] _gone0k = new double[causes];
    private readonly double[] _gonekk = new double[causes];
    private readonly double[] _peak = new double[causes];           // largest variance so far, the scale of its rounding
    private double _free = 1;
    private int _atRisk = atRisk;

    public double Incidence(int cause) => _incidence[cause];

    /// <summary>
    /// The closed-form updates subtract nearly equal sums, so a variance that is zero in exact arithmetic (a curve at 1)
    /// comes out as rounding noise of either sign; within 1e-13 of the largest variance so far it is taken as zero.
    /// </summary>
    public double Variance(int cause)
    {
        var variance = _gonekk[cause] + (_atRisk * _shared[cause + 1] * _shared[cause + 1]);
        _peak[cause] = Math.Max(_peak[cause], variance);
        return variance <= RoundingShare * _peak[cause] ? 0 : variance;
    }

    /// <param name="counts">counts[0] censorings, counts[c] events of cause c at this time.</param>
    public void Step(ReadOnlySpan<int> counts)
    {
        var n = (double)_atRisk;
        var d = 0;
        for (var c = 1; c <= causes; c++)
        {
            d += counts[c];
        }

        var a = 1 - (d / n);

        // Departed subjects: U0 <- a U0, Uk <- Uk + b_k U0.
        for (var c = 0; c < causes; c++)
        {
            var b = counts[c + 1] / n;
            _gonekk[c] += (2 * b * _gone0k[c]) + (b * b * _gone00[0]);
            _gone0k[c] = a * (_gone0k[c] + (b * _gone00[0]));
        }

        _gone00[0] *= a * a;

        // Subjects at risk: the non-event vector, then one vector per cause for those failing now.
        _next[0] = (_shared[0] * a) + (_free * d / (n * n));
        for (var c = 0; c < causes; c++)
        {
            var b = counts[c + 1] / n;
            _next[c + 1] = _shared[c + 1] + (_shared[0] * b) - (_free * b / n);
        }

        for (var m = 0; m < causes; m++)
        {
            if (counts[m + 1] > 0)
            {
                _event[0] = _next[0] - (_free / n);
                for (var c = 0; c < causes; c++)
                {
                    _event[c + 1] = _next[c + 1] + (c == m ? _free / n : 0);
                }

                Depart(_event, counts[m + 1]);
            }
        }

        Depart(_next, counts[0]);
        _next.CopyTo(_shared, 0);
        for (var c = 0; c < causes; c++)
        {
            _incidence[c] += _free * counts[c + 1] / n;
        }

        _free *= a;
        _atRisk -= d + counts[0];
    }

    private void Depart(double[] u, int copies)
    {
        _gone00[0] += copies * u[0] * u[0];
        for (var c = 0; c < causes; c++)
        {
            _gone0k[c] += copies * u[0] * u[c + 1];
            _gonekk[c] += copies * u[c + 1] * u[c + 1];
        }
    }
}
