namespace Lupus.Statistics.Meta;

/// <summary>The Fisher scoring step for any design, from p × p sums on the stack (no model object, no k × k matrix).</summary>
internal sealed partial class WeightedModel
{
    /// <summary>
    /// score/information at τ² for ML (y'PPy − Σw)/Σw² or REML (y'PPy − tr P)/tr PP, with tr P = Σwᵢ − Σwᵢ²hᵢ and
    /// tr PP = Σwᵢ² − 2Σwᵢ³hᵢ + tr((CB)²), C = (X'WX)⁻¹, B = X'W²X, hᵢ = xᵢ'Cxᵢ (the same formulas as the model's traces).
    /// </summary>
    public static double ScoringStep(bool restricted, ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2, double[] x, int p)
    {
        Span<double> a = stackalloc double[p * p];
        Span<double> b = stackalloc double[p * p];
        Span<double> cov = stackalloc double[p * p];
        Span<double> xwy = stackalloc double[p];
        Span<double> beta = stackalloc double[p];
        double sumW = 0, sumW2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var row = x.AsSpan(i * p, p);
            sumW += w;
            sumW2 += w * w;
            for (var r = 0; r < p; r++)
            {
                xwy[r] += w * row[r] * y[i];
                for (var c = 0; c < p; c++)
                {
                    a[(r * p) + c] += w * row[r] * row[c];
                    b[(r * p) + c] += w * w * row[r] * row[c];
                }
            }
        }

        SmallMatrix.InvertSymmetric(a, cov, p);
        SmallMatrix.Multiply(cov, xwy, beta, p);
        double pyNorm2 = 0, w2h = 0, w3h = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var row = x.AsSpan(i * p, p);
            double fitted = 0, h = 0;
            for (var r = 0; r < p; r++)
            {
                fitted += row[r] * beta[r];
                for (var c = 0; c < p; c++)
                {
                    h += row[r] * cov[(r * p) + c] * row[c];
                }
            }

            var wr = w * (y[i] - fitted);
            pyNorm2 += wr * wr;
            w2h += w * w * h;
            w3h += w * w * w * h;
        }

        if (!restricted)
        {
            return (pyNorm2 - sumW) / sumW2;
        }

        var traceCbCb = 0.0;
        for (var r = 0; r < p; r++)
        {
            for (var c = 0; c < p; c++)
            {
                double rc = 0, cr = 0;
                for (var m = 0; m < p; m++)
                {
                    rc += cov[(r * p) + m] * b[(m * p) + c];
                    cr += cov[(c * p) + m] * b[(m * p) + r];
                }

                traceCbCb += rc * cr;
            }
        }

        return (pyNorm2 - (sumW - w2h)) / (sumW2 - (2 * w3h) + traceCbCb);
    }
}
