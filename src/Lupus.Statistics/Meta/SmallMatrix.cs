namespace Lupus.Statistics.Meta;

/// <summary>Dense helpers for the p × p systems of meta-regression (p is the number of coefficients, usually 1-5).</summary>
internal static class SmallMatrix
{
    /// <summary>Inverts a symmetric positive-definite matrix by Cholesky factorisation; returns log det.</summary>
    /// <exception cref="ArgumentException">The matrix is not positive definite (collinear design).</exception>
    public static double InvertSymmetric(ReadOnlySpan<double> a, Span<double> inverse, int p)
    {
        if (p == 1 && a[0] > 0 && double.IsFinite(a[0]))
        {
            // The intercept-only case, exactly: (Σw)⁻¹.
            inverse[0] = 1 / a[0];
            return Math.Log(a[0]);
        }

        Span<double> l = stackalloc double[p * p];
        var logDet = 0.0;
        for (var j = 0; j < p; j++)
        {
            var d = a[(j * p) + j];
            for (var m = 0; m < j; m++)
            {
                d -= l[(j * p) + m] * l[(j * p) + m];
            }

            if (!(d > 1e-12 * Math.Abs(a[(j * p) + j])) || !double.IsFinite(d))
            {
                throw new ArgumentException("The model matrix is rank deficient (collinear or constant moderators).", nameof(a));
            }

            l[(j * p) + j] = Math.Sqrt(d);
            logDet += Math.Log(d);
            for (var i = j + 1; i < p; i++)
            {
                var s = a[(i * p) + j];
                for (var m = 0; m < j; m++)
                {
                    s -= l[(i * p) + m] * l[(j * p) + m];
                }

                l[(i * p) + j] = s / l[(j * p) + j];
            }
        }

        // Solve L L' X = I column by column.
        Span<double> z = stackalloc double[p];
        for (var c = 0; c < p; c++)
        {
            for (var i = 0; i < p; i++)
            {
                var s = i == c ? 1.0 : 0.0;
                for (var m = 0; m < i; m++)
                {
                    s -= l[(i * p) + m] * z[m];
                }

                z[i] = s / l[(i * p) + i];
            }

            for (var i = p - 1; i >= 0; i--)
            {
                var s = z[i];
                for (var m = i + 1; m < p; m++)
                {
                    s -= l[(m * p) + i] * inverse[(m * p) + c];
                }

                inverse[(i * p) + c] = s / l[(i * p) + i];
            }
        }

        return logDet;
    }

    public static void Multiply(ReadOnlySpan<double> matrix, ReadOnlySpan<double> vector, Span<double> result, int p)
    {
        for (var r = 0; r < p; r++)
        {
            var s = 0.0;
            for (var c = 0; c < p; c++)
            {
                s += matrix[(r * p) + c] * vector[c];
            }

            result[r] = s;
        }
    }
}
