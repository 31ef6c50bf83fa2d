namespace Lupus.Statistics.Meta;

/// <summary>
/// Weighted least squares for y = Xβ + e with known weights: β̂, (X'WX)⁻¹ and the residual-maker
/// P = W − WX(X'WX)⁻¹X'W that every τ² estimator is written in (Viechtbauer 2005, eqs. 5-11).
/// </summary>
internal sealed class WeightedModel
{
    private double[]? _pm;
    private double[] _x = [];

    private WeightedModel(int k, int p)
    {
        K = k;
        P = p;
        Beta = new double[p];
        Cov = new double[p * p];
        Py = new double[k];
        Weights = new double[k];
    }

    public double[] Weights { get; }

    public int K { get; }

    public int P { get; }

    public double[] Beta { get; }

    /// <summary>(X'WX)⁻¹, row-major p × p.</summary>
    public double[] Cov { get; }

    /// <summary>The residual-maker P, row-major k × k (built on first use: intercept-only fits rarely need it).</summary>
    public double[] Pm => _pm ??= BuildP();

    /// <summary>P y: the weighted residuals.</summary>
    public double[] Py { get; }

    /// <summary>y'Py: the weighted residual sum of squares (Cochran's Q when W = 1/v).</summary>
    public double Rss { get; private set; }

    /// <summary>log det(X'WX), for the restricted likelihood.</summary>
    public double LogDetInformation { get; private set; }

    public double TraceP
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < K; i++)
            {
                sum += DiagonalP(i);
            }

            return sum;
        }
    }

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

    /// <summary>Fits with weights <paramref name="w"/>; <paramref name="x"/> is row-major k × p.</summary>
    /// <exception cref="ArgumentException">X'WX is singular (collinear moderators).</exception>
    public static WeightedModel Fit(ReadOnlySpan<double> y, ReadOnlySpan<double> w, double[] x, int p)
    {
        var k = y.Length;
        var model = new WeightedModel(k, p);
        w.CopyTo(model.Weights);
        Span<double> a = stackalloc double[p * p];
        Span<double> xwy = stackalloc double[p];
        for (var i = 0; i < k; i++)
        {
            var row = x.AsSpan(i * p, p);
            for (var r = 0; r < p; r++)
            {
                xwy[r] += w[i] * row[r] * y[i];
                for (var c = 0; c < p; c++)
                {
                    a[(r * p) + c] += w[i] * row[r] * row[c];
                }
            }
        }

        model.LogDetInformation = SmallMatrix.InvertSymmetric(a, model.Cov, p);
        for (var r = 0; r < p; r++)
        {
            for (var c = 0; c < p; c++)
            {
                model.Beta[r] += model.Cov[(r * p) + c] * xwy[c];
            }
        }

        model._x = x;
        for (var i = 0; i < k; i++)
        {
            var row = x.AsSpan(i * p, p);
            var fitted = 0.0;
            for (var r = 0; r < p; r++)
            {
                fitted += row[r] * model.Beta[r];
            }

            model.Py[i] = w[i] * (y[i] - fitted);
            model.Rss += w[i] * (y[i] - fitted) * (y[i] - fitted);
        }

        return model;
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

    /// <summary>Fits with weights 1/(vᵢ + τ²).</summary>
    public static WeightedModel FitAt(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2, double[] x, int p)
    {
        var w = new double[y.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = 1 / (v[i] + tau2);
        }

        return Fit(y, w, x, p);
    }
}
