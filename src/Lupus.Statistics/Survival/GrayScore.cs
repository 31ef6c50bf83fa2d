namespace Lupus.Statistics.Survival;

/// <summary>Sums Gray's score vector and its null covariance over the strata, for one cause.</summary>
internal sealed class GrayScore(int groups, double rho)
{
    private readonly double[] _score = new double[groups];
    private readonly double[] _covariance = new double[groups * groups];

    public void Add(GrayRiskTable table, int cause)
    {
        var curves = new GrayNullCurves(table, cause);
        var m = table.Times;
        var coefficient = new double[groups * groups];
        var tail = new double[groups * groups];
        var a = new double[groups];
        var b = new double[groups];
        for (var j = m - 1; j >= 0; j--)
        {
            var weight = rho == 0 ? 1.0 : Math.Pow(1 - curves.NullBefore[j], rho);
            AddScore(table, curves, cause, j, weight);
            var nullTotal = 0.0;
            for (var g = 0; g < groups; g++)
            {
                nullTotal += curves.NullRisk[(j * groups) + g];
            }

            for (var r = 0; r < groups; r++)
            {
                for (var k = 0; k < groups; k++)
                {
                    coefficient[(k * groups) + r] = nullTotal > 0
                        ? weight * ((k == r ? 1 : 0) - (curves.NullRisk[(j * groups) + k] / nullTotal))
                        : 0;
                }
            }

            for (var r = 0; r < groups; r++)
            {
                var at = (j * groups) + r;
                double y = table.AtRisk[at];
                var after = curves.SurvivalAfter[at];
                var before = curves.SurvivalBefore[at];
                // The tail holds the sum over later times; it multiplies S(t-)/S(t)/Y at this time.
                var scale = y > 0 && after > 0 ? before / after / y : 0;
                for (var k = 0; k < groups; k++)
                {
                    var x = tail[(k * groups) + r] * scale;
                    a[k] = coefficient[(k * groups) + r] + ((after - (1 - curves.NullAfter[j])) * x);
                    b[k] = -(1 - curves.NullAfter[j]) * x;
                }

                AddCovariance(a, b, ExpectedWeight(curves, j, at, y), CompetingWeight(table, cause, j, r, y));
                for (var k = 0; k < groups; k++)
                {
                    tail[(k * groups) + r] += before > 0 ? coefficient[(k * groups) + r] * y * curves.NullHazard[j] / before : 0;
                }
            }
        }
    }

    public ChiSquareTest Test()
    {
        // Scores sum to zero over the groups: the first groups - 1 carry the information.
        var p = groups - 1;
        var v = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var l = 0; l < p; l++)
            {
                v[(i * p) + l] = _covariance[(i * groups) + l];
            }
        }

        return ChiSquareTest.Of(Cholesky.QuadraticForm(v, _score.AsSpan(0, p)), p);
    }

    private void AddScore(GrayRiskTable table, GrayNullCurves curves, int cause, int j, double weight)
    {
        var total = 0.0;
        for (var g = 0; g < groups; g++)
        {
            total += curves.Risk[(j * groups) + g];
        }

        if (total > 0 && curves.Deaths[j] > 0)
        {
            for (var k = 0; k < groups; k++)
            {
                _score[k] += weight * (table.EventsAt(j, k, cause) - (curves.Risk[(j * groups) + k] * curves.Deaths[j] / total));
            }
        }
    }

    // Expected events of the cause under the null, shrunk for ties as a finite population of at-risk subjects would be.
    private static double ExpectedWeight(GrayNullCurves curves, int j, int at, double y)
    {
        var expected = curves.NullRisk[at] * curves.NullHazard[j];
        double d = curves.Deaths[j];
        if (d <= 1 || y <= 0)
        {
            return expected;
        }

        var share = expected / y;
        return expected * (1 - ((d - 1) * share / (d - share)));
    }

    // Observed competing events, with the hypergeometric tie correction within the group.
    private static double CompetingWeight(GrayRiskTable table, int cause, int j, int r, double y)
    {
        double d = table.AllEventsAt(j, r) - table.EventsAt(j, r, cause);
        return y > 1 ? d * (y - d) / (y - 1) : d;
    }

    private void AddCovariance(double[] a, double[] b, double expected, double competing)
    {
        for (var k = 0; k < groups; k++)
        {
            for (var l = 0; l < groups; l++)
            {
                _covariance[(k * groups) + l] += (a[k] * a[l] * expected) + (b[k] * b[l] * competing);
            }
        }
    }
}
