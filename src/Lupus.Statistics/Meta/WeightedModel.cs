namespace Lupus.Statistics.Meta;

/// <summary>
/// Weighted least squares for y = Xβ + e with known weights: β̂, (X'WX)⁻¹ and the residual-maker
/// P = W − WX(X'WX)⁻¹X'W that every τ² estimator is written in (Viechtbauer 2005, eqs. 5-11).
/// </summary>
internal sealed partial class WeightedModel
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

    /// <summary>Fits with weights <paramref name="w"/>; <paramref name="x"/> is row-major k × p.</summary>
    /// <exception cref="ArgumentException">X'WX is singular (collinear moderators).</exception>
    public static WeightedModel Fit(ReadOnlySpan<double> y, ReadOnlySpan<double> w, double[] x, int p)
    {
        var model = new WeightedModel(y.Length, p);
        w.CopyTo(model.Weights);
        return Compute(model, y, x);
    }

    /// <summary>Fits with weights 1/(vᵢ + τ²).</summary>
    public static WeightedModel FitAt(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2, double[] x, int p)
    {
        var model = new WeightedModel(y.Length, p);
        for (var i = 0; i < v.Length; i++)
        {
            model.Weights[i] = 1 / (v[i] + tau2);
        }

        return Compute(model, y, x);
    }

    /// <summary>The intercept-only y'P(τ²)y = Σwᵢyᵢ² − (Σwᵢyᵢ)²/Σwᵢ (centred for accuracy), without allocating.</summary>
    public static double InterceptRss(ReadOnlySpan<double> y, ReadOnlySpan<double> v, double tau2)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            sw += w;
            swy += w * y[i];
        }

        var mean = swy / sw;
        var rss = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            rss += (y[i] - mean) * (y[i] - mean) / (v[i] + tau2);
        }

        return rss;
    }

    private static WeightedModel Compute(WeightedModel model, ReadOnlySpan<double> y, double[] x)
    {
        var (k, p) = (model.K, model.P);
        var w = model.Weights;
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
}
