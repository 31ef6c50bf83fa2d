namespace Lupus.Statistics.Meta;

/// <summary>Traces and the explicit residual-maker, computed from (X'WX)⁻¹ without forming P where possible.</summary>
internal sealed partial class WeightedModel
{
    /// <summary>tr(PP) = Σwᵢ² − 2Σwᵢ³hᵢ + tr((CB)²) with C = (X'WX)⁻¹, B = X'W²X, hᵢ = xᵢ'Cxᵢ: O(kp²), P never formed.</summary>
    public double TracePP
    {
        get
        {
            double w2 = 0, w3h = 0;
            Span<double> b = stackalloc double[P * P];
            for (var i = 0; i < K; i++)
            {
                var w = Weights[i];
                var row = _x.AsSpan(i * P, P);
                w2 += w * w;
                w3h += w * w * w * Leverage(row);
                for (var r = 0; r < P; r++)
                {
                    for (var c = 0; c < P; c++)
                    {
                        b[(r * P) + c] += w * w * row[r] * row[c];
                    }
                }
            }

            Span<double> cb = stackalloc double[P * P];
            for (var r = 0; r < P; r++)
            {
                for (var c = 0; c < P; c++)
                {
                    for (var m = 0; m < P; m++)
                    {
                        cb[(r * P) + c] += Cov[(r * P) + m] * b[(m * P) + c];
                    }
                }
            }

            var trace = 0.0;
            for (var r = 0; r < P; r++)
            {
                for (var c = 0; c < P; c++)
                {
                    trace += cb[(r * P) + c] * cb[(c * P) + r];
                }
            }

            return w2 - (2 * w3h) + trace;
        }
    }

    private double Leverage(ReadOnlySpan<double> row)
    {
        var h = 0.0;
        for (var r = 0; r < P; r++)
        {
            for (var c = 0; c < P; c++)
            {
                h += row[r] * Cov[(r * P) + c] * row[c];
            }
        }

        return h;
    }

    /// <summary>Pᵢᵢ = wᵢ − wᵢ² xᵢ'(X'WX)⁻¹xᵢ, without forming P.</summary>
    public double DiagonalP(int i) => Weights[i] - (Weights[i] * Weights[i] * Leverage(_x.AsSpan(i * P, P)));

    /// <summary>|Py|² = y'PPy.</summary>
    public double PyNorm2
    {
        get
        {
            var sum = 0.0;
            foreach (var x in Py)
            {
                sum += x * x;
            }

            return sum;
        }
    }

    private double[] BuildP()
    {
        var pm = new double[K * K];
        Span<double> ax = stackalloc double[P];
        for (var i = 0; i < K; i++)
        {
            var row = _x.AsSpan(i * P, P);
            SmallMatrix.Multiply(Cov, row, ax, P);
            for (var j = i; j < K; j++)
            {
                var hat = 0.0;
                var other = _x.AsSpan(j * P, P);
                for (var r = 0; r < P; r++)
                {
                    hat += ax[r] * other[r];
                }

                var value = (i == j ? Weights[i] : 0) - (Weights[i] * Weights[j] * hat);
                pm[(i * K) + j] = value;
                pm[(j * K) + i] = value;
            }
        }

        return pm;
    }
}
