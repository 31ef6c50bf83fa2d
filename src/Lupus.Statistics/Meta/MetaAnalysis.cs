namespace Lupus.Statistics.Meta;

/// <summary>Fixed- and random-effects meta-analysis and meta-regression of effect sizes with known variances.</summary>
/// <remarks>
/// Semantics of <c>metafor::rma.uni</c> (Viechtbauer 2010): weighted least squares with weights 1/(vᵢ + τ̂²),
/// Knapp and Hartung (2003) adjustment under <see cref="MetaTest.Knha"/>, I² and H² from the typical within-study
/// variance (k − p)/tr(P), prediction interval μ̂ ± crit·√(SE² + τ̂²). With k = p (e.g. k = 1), τ² is 0,
/// Q = 0 on 0 df with p = 1, I² = 0, H² = 1, the prediction interval equals the confidence interval, and knha
/// falls back to z (no residual df).
/// </remarks>
public static class MetaAnalysis
{
    /// <summary>Fits an intercept-only model (R: <c>metafor::rma(yi, vi, method=, test=, level=)</c>).</summary>
    /// <exception cref="ArgumentException">No studies, lengths differ, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sampling variance is not positive.</exception>
    public static MetaFit Fit(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions? options = null) =>
        FitCore(yi, vi, options ?? MetaOptions.Default, withTau2Ci: true);

    /// <summary>As <see cref="Fit"/>, optionally skipping the Q-profile interval (re-fits that never report it).</summary>
    internal static MetaFit FitCore(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions options, bool withTau2Ci)
    {
        var x = new double[yi.Count];
        Array.Fill(x, 1.0);
        return FitDesign(yi.ToArray(), vi.ToArray(), x, ["intrcpt"], options, withTau2Ci);
    }

    /// <summary>Fits a meta-regression with an intercept and numeric moderators (R: <c>rma(yi, vi, mods = ~ a + b)</c>).</summary>
    /// <exception cref="ArgumentException">As for an intercept-only fit, or the moderators are collinear.</exception>
    public static MetaFit Regress(IReadOnlyList<double> yi, IReadOnlyList<double> vi, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> moderators, MetaOptions? options = null) =>
        RegressCore(yi, vi, moderators, options ?? MetaOptions.Default, withTau2Ci: true);

    internal static MetaFit RegressCore(IReadOnlyList<double> yi, IReadOnlyList<double> vi, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> moderators, MetaOptions options, bool withTau2Ci)
    {
        ArgumentNullException.ThrowIfNull(moderators);
        var p = moderators.Count + 1;
        var x = new double[yi.Count * p];
        for (var i = 0; i < yi.Count; i++)
        {
            x[i * p] = 1;
            for (var j = 1; j < p; j++)
            {
                x[(i * p) + j] = moderators[j - 1].Values[i];
            }
        }

        return FitDesign(yi.ToArray(), vi.ToArray(), x, ["intrcpt", .. moderators.Select(m => m.Name)], options, withTau2Ci);
    }

    internal static MetaFit FitDesign(double[] yi, double[] vi, double[] x, IReadOnlyList<string> names, MetaOptions options, bool withTau2Ci = true)
    {
        Validate(yi, vi, x, options);
        var (y, v) = (yi, vi);
        int k = y.Length, p = names.Count, df = k - p;
        var tau = Tau2Solver.Estimate(options.Estimator, y, v, x, p);
        if (!tau.Converged)
        {
            return NotConverged(k, options, tau, names);
        }

        var fe = WeightedModel.FitAt(y, v, 0, x, p);
        var fit = tau.Tau2 == 0 ? fe : WeightedModel.FitAt(y, v, tau.Tau2, x, p);
        // With no residual df (k = p) the Knapp-Hartung factor is undefined; metafor then reports z-based results.
        var knha = options.Test == MetaTest.Knha && df >= 1;
        int? tDf = knha ? df : null;
        var scale = knha ? fit.Rss / df : 1;
        var crit = Inference.Critical(options.Alpha, tDf);
        var coefficients = new MetaCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(fit.Cov[(j * p) + j] * scale);
            var b = fit.Beta[j];
            coefficients[j] = new(names[j], b, se, b / se, Inference.TwoSidedP(b / se, tDf), b - (crit * se), b + (crit * se));
        }

        var isFixed = options.Estimator == Tau2Estimator.FE;
        var (i2, h2) = Heterogeneity(isFixed, fe, tau.Tau2, df);
        var sumW = fit.Weights.Sum();
        var piHalf = crit * Math.Sqrt((coefficients[0].Se * coefficients[0].Se) + tau.Tau2);
        return new MetaFit
        {
            K = k,
            Options = options,
            Coefficients = coefficients,
            PiLower = isFixed || p > 1 ? null : coefficients[0].Estimate - piHalf,
            PiUpper = isFixed || p > 1 ? null : coefficients[0].Estimate + piHalf,
            Tau2 = tau,
            Tau2Ci = isFixed || df < 1 || !withTau2Ci ? null : QProfile.Interval(y, v, x, p, options.Alpha, tau.Tau2),
            I2 = i2,
            H2 = h2,
            Q = fe.Rss,
            QDf = df,
            QP = Inference.ChiSquaredUpper(fe.Rss, df),
            Weights = fit.Weights.Select(w => 100 * w / sumW).ToArray(),
            Moderators = p > 1 ? ModeratorTest(fit, scale, tDf) : null,
            Df = tDf,
        };
    }

    private static (double I2, double H2) Heterogeneity(bool isFixed, WeightedModel fe, double tau2, int df)
    {
        if (df < 1)
        {
            return (0, 1);
        }

        if (isFixed)
        {
            return (fe.Rss <= df ? 0 : 100 * (fe.Rss - df) / fe.Rss, fe.Rss / df);
        }

        var typical = df / fe.TraceP;
        return (100 * tau2 / (tau2 + typical), (tau2 + typical) / typical);
    }

    private static ModeratorTest ModeratorTest(WeightedModel fit, double scale, int? tDf)
    {
        var p = fit.P;
        var m = p - 1;
        var sub = new double[m * m];
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                sub[(r * m) + c] = fit.Cov[((r + 1) * p) + c + 1] * scale;
            }
        }

        var inverse = new double[m * m];
        SmallMatrix.InvertSymmetric(sub, inverse, m);
        var b = fit.Beta.AsSpan(1);
        var qm = 0.0;
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                qm += b[r] * inverse[(r * m) + c] * b[c];
            }
        }

        return tDf is { } d
            ? new(qm / m, m, d, Inference.FUpper(qm / m, m, d))
            : new(qm, m, null, Inference.ChiSquaredUpper(qm, m));
    }

    private static MetaFit NotConverged(int k, MetaOptions options, Tau2Estimate tau, IReadOnlyList<string> names) => new()
    {
        K = k,
        Options = options,
        Coefficients = names.Select(n => new MetaCoefficient(n, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)).ToArray(),
        Tau2 = tau,
        I2 = double.NaN,
        H2 = double.NaN,
        Q = double.NaN,
        QDf = k - names.Count,
        QP = double.NaN,
        Weights = [],
    };

    private static void Validate(double[] yi, double[] vi, double[] x, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (yi.Length == 0)
        {
            throw new ArgumentException("No studies to pool (k = 0).", nameof(yi));
        }

        if (vi.Length != yi.Length)
        {
            throw new ArgumentException("yi and vi differ in length.", nameof(vi));
        }

        if (yi.Any(d => !double.IsFinite(d)) || x.Any(d => !double.IsFinite(d)))
        {
            throw new ArgumentException("Effect sizes and moderators must be finite.", nameof(yi));
        }

        if (vi.Any(d => !(d > 0) || !double.IsFinite(d)))
        {
            throw new ArgumentOutOfRangeException(nameof(vi), "Sampling variances must be positive and finite.");
        }

        var p = x.Length / yi.Length;
        if (p > yi.Length)
        {
            throw new ArgumentException($"The model has {p} coefficients but only {yi.Length} studies.", nameof(x));
        }
    }
}
