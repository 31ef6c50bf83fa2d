namespace Lupus.Statistics.Survival;

/// <summary>
/// LDL' factorisation of a small symmetric positive semi-definite matrix (row-major), where a pivot that is tiny
/// relative to its diagonal marks that column redundant: solves then act as a generalised inverse.
/// </summary>
internal sealed class Cholesky
{
    // Relative pivot tolerance: machine epsilon^0.75, the customary threshold for Cox information matrices.
    private const double Tolerance = 1.8189894035458617e-12;
    private readonly double[] _l;
    private readonly double[] _d;
    private readonly int _p;

    public Cholesky(ReadOnlySpan<double> matrix, int p)
    {
        _p = p;
        _l = new double[p * p];
        _d = new double[p];
        for (var j = 0; j < p; j++)
        {
            var pivot = matrix[(j * p) + j];
            for (var k = 0; k < j; k++)
            {
                pivot -= _l[(j * p) + k] * _l[(j * p) + k] * _d[k];
            }

            var scale = Math.Abs(matrix[(j * p) + j]);
            if (!(pivot > Tolerance * scale) || scale == 0)
            {
                _d[j] = 0;
                FirstRedundant ??= j;
                continue;
            }

            _d[j] = pivot;
            _l[(j * p) + j] = 1;
            for (var i = j + 1; i < p; i++)
            {
                var s = matrix[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= _l[(i * p) + k] * _l[(j * p) + k] * _d[k];
                }

                _l[(i * p) + j] = s / pivot;
            }
        }
    }

    /// <summary>Whether some column was found redundant (the matrix is singular to working precision).</summary>
    public bool Singular => FirstRedundant is not null;

    /// <summary>The first column found redundant, if any.</summary>
    public int? FirstRedundant { get; }

    /// <summary>x with A x = b; redundant columns get 0.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var x = b.ToArray();
        for (var i = 0; i < _p; i++)
        {
            for (var k = 0; k < i; k++)
            {
                x[i] -= _l[(i * _p) + k] * x[k];
            }
        }

        for (var i = 0; i < _p; i++)
        {
            x[i] = _d[i] == 0 ? 0 : x[i] / _d[i];
        }

        for (var i = _p - 1; i >= 0; i--)
        {
            for (var k = i + 1; k < _p; k++)
            {
                x[i] -= _l[(k * _p) + i] * x[k];
            }
        }

        return x;
    }

    /// <summary>The (generalised) inverse, row-major.</summary>
    public double[] Inverse()
    {
        var inverse = new double[_p * _p];
        var unit = new double[_p];
        for (var j = 0; j < _p; j++)
        {
            Array.Clear(unit);
            unit[j] = 1;
            var column = Solve(unit);
            for (var i = 0; i < _p; i++)
            {
                inverse[(i * _p) + j] = column[i];
            }
        }

        return inverse;
    }

    /// <summary>u' A^- u.</summary>
    public static double QuadraticForm(ReadOnlySpan<double> matrix, ReadOnlySpan<double> u)
    {
        var x = new Cholesky(matrix, u.Length).Solve(u);
        var sum = 0.0;
        for (var i = 0; i < u.Length; i++)
        {
            sum += u[i] * x[i];
        }

        return sum;
    }
}
