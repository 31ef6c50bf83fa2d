namespace Lupus.Statistics.Survival;

/// <summary>Score and information of the model augmented with g(t) x terms, summed over event times.</summary>
internal sealed class ZphSums(int p, Func<double, double> transform) : IEventTimeVisitor
{
    private readonly double[] _uBeta = new double[p];
    private readonly double[] _uGamma = new double[p];
    private readonly double[] _iBeta = new double[p * p];
    private readonly double[] _iCross = new double[p * p];
    private readonly double[] _iGamma = new double[p * p];

    public void Visit(double time, ReadOnlySpan<double> score, ReadOnlySpan<double> information)
    {
        var g = transform(time);
        for (var a = 0; a < p; a++)
        {
            _uBeta[a] += score[a];
            _uGamma[a] += g * score[a];
        }

        for (var c = 0; c < information.Length; c++)
        {
            _iBeta[c] += information[c];
            _iCross[c] += g * information[c];
            _iGamma[c] += g * g * information[c];
        }
    }

    /// <summary>Score statistic for the g(t) terms of <paramref name="terms"/>, given all beta terms.</summary>
    public double Statistic(int[] terms)
    {
        var m = p + terms.Length;
        var u = new double[m];
        var info = new double[m * m];
        for (var a = 0; a < p; a++)
        {
            u[a] = _uBeta[a];
            for (var b = 0; b < p; b++)
            {
                info[(a * m) + b] = _iBeta[(a * p) + b];
            }

            for (var k = 0; k < terms.Length; k++)
            {
                info[(a * m) + p + k] = info[((p + k) * m) + a] = _iCross[(a * p) + terms[k]];
            }
        }

        for (var k = 0; k < terms.Length; k++)
        {
            u[p + k] = _uGamma[terms[k]];
            for (var l = 0; l < terms.Length; l++)
            {
                info[((p + k) * m) + p + l] = _iGamma[(terms[k] * p) + terms[l]];
            }
        }

        var factor = new Cholesky(info, m);
        if (factor.Singular)
        {
            throw new SurvivalFitException("The proportional-hazards test is undefined: its information matrix is singular.");
        }

        var x = factor.Solve(u);
        var sum = 0.0;
        for (var i = 0; i < m; i++)
        {
            sum += u[i] * x[i];
        }

        return sum;
    }
}
