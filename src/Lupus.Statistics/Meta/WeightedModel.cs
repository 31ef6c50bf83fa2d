namespace Lupus.Statistics.Meta;

/// <summary>
/// Weighted least squares for y = Xβ + e with known weights: β̂, (X'WX)⁻¹ and the residual-maker
/// P = W − WX(X'WX)⁻¹X'W that every τ² estimator is written in (Viechtbauer 2005, eqs. 5-11).
/// </summary>
internal sealed class WeightedModel
{
    private WeightedModel(int k, int p)
    {
        K = k;
        P = p;
        Beta = new double[p];
        Cov = new double[p * p];
        Pm = new double[k * k];
        Py = new double[k];
        Weights = new double[k];
    }

    public double[] Weights { get; }

    public int K { get; }

    public int P { get; }

    public double[] Beta { get; }

    /// <summary>(X'WX)⁻¹, row-major p × p.</summary>
    public double[] Cov { get; }

    /// <summary>The residual-maker P, row-major k × k.</summary>
    public double[] Pm { get; }

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
                sum += Pm[(i * K) + i];
            }

            return sum;
        }
    }

    /// <summary>tr(PP) = Σ Pᵢⱼ² (P is symmetric).</summary>
    public double TracePP
    {
        get
        {
            var sum = 0.0;
            foreach (var x in Pm)
            {
                sum += x * x;
            }

            return sum;
        }
    }

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
    public static WeightedModel Fit(ReadOnlySpan<double> y, ReadOnlySpan<double> w, ReadOnlySpan<double> x, int p)
    {
        var k = y.Length;
        var model = new WeightedModel(k, p);
        w.CopyTo(model.Weights);
        Span<double> a = stackalloc double[p * p];
        Span<double> xwy = stackalloc double[p];
        for (var i = 0; i < k; i++)
        {
            var row = x.Slice(i * p, p);
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

        Span<double> ax = stackalloc double[p];
        for (var i = 0; i < k; i++)
        {
            var row = x.Slice(i * p, p);
            var fitted = 0.0;
            for (var r = 0; r < p; r++)
            {
                fitted += row[r] * model.Beta[r];
            }

            model.Py[i] = w[i] * (y[i] - fitted);
            model.Rss += w[i] * (y[i] - fitted) * (y[i] - fitted);
            SmallMatrix.Multiply(model.Cov, row, ax, p);
            for (var j = i; j < k; j++)
            {
                var hat = 0.0;
                var other = x.Slice(j * p, p);
                for (var r = 0; r < p; r++)
                {
                    hat += ax[r] * other[r];
                }

                var value = (i == j ? w[i] : 0) - (w[i] * w[j] * hat);
                model.Pm[(i * k) + j] = value;
                model.Pm[(j * k) + i] = value;
            }
        }

        return model;
    }

    /// <summary>Fits with weights 1/(vᵢ + τ²).</summary>
    public static WeightedModel FitAt(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2, ReadOnlySpan<double> x, int p)
    {
        var w = new double[y.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = 1 / (v[i] + tau2);
        }

        return Fit(y, w, x, p);
    }
}
