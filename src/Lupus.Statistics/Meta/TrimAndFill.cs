namespace Lupus.Statistics.Meta;

/// <summary>Duval and Tweedie's trim-and-fill with the L0 estimator (R: <c>metafor::trimfill</c>).</summary>
/// <param name="K0">Number of imputed studies.</param>
/// <param name="Side">"left" or "right": the side of the funnel where studies are imputed.</param>
/// <param name="Fit">The model refitted to the observed plus imputed studies.</param>
/// <param name="FilledYi">Effects of the imputed studies.</param>
/// <param name="FilledVi">Variances of the imputed studies.</param>
public sealed record TrimAndFill(int K0, string Side, MetaFit Fit, IReadOnlyList<double> FilledYi, IReadOnlyList<double> FilledVi)
{
    /// <summary>Runs trim-and-fill with the estimator and test of <paramref name="options"/>.</summary>
    /// <remarks>
    /// Duval and Tweedie (2000). The side is chosen from the sign of the slope of the Egger-type regression on √vᵢ:
    /// a positive slope (small studies with larger effects) means studies are missing on the left.
    /// The iteration trims the k0 most extreme studies, re-estimates the centre, and recomputes
    /// L0 = (4·Sr − k(k + 1)) / (2k − 1) from the Wilcoxon signed ranks of the centred effects until k0 repeats.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than 3 studies.</exception>
    public static TrimAndFill Compute(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        var k = yi.Count;
        if (k < 3)
        {
            throw new ArgumentException("Trim-and-fill needs at least 3 studies.", nameof(yi));
        }

        var slope = MetaAnalysis.RegressCore(yi, vi, [("sei", vi.Select(Math.Sqrt).ToArray())], options, withTau2Ci: false).Coefficients[1].Estimate;
        var side = slope > 0 ? "left" : "right";
        // Work on the scale where missing studies lie on the left: the excess on the right is trimmed.
        var sign = side == "left" ? 1.0 : -1.0;
        var order = Enumerable.Range(0, k).OrderBy(i => sign * yi[i]).ToArray();
        var y = order.Select(i => sign * yi[i]).ToArray();
        var v = order.Select(i => vi[i]).ToArray();

        int k0 = 0, previous = -1;
        var centre = 0.0;
        for (var iteration = 0; iteration < 100 && k0 != previous; iteration++)
        {
            previous = k0;
            centre = MetaAnalysis.FitCore(y[..(k - k0)], v[..(k - k0)], options, withTau2Ci: false).Estimate;
            var centred = y.Select(t => t - centre).ToArray();
            var ranks = Enumerable.Range(0, k).OrderBy(i => Math.Abs(centred[i])).ToArray();
            var sr = 0.0;
            for (var r = 0; r < k; r++)
            {
                sr += centred[ranks[r]] > 0 ? r + 1 : 0;
            }

            var l0 = ((4 * sr) - (k * (k + 1.0))) / ((2 * k) - 1);
            k0 = Math.Clamp((int)Math.Round(l0), 0, k - 1);
        }

        var filledY = y[(k - k0)..].Select(t => sign * ((2 * centre) - t)).ToArray();
        var filledV = v[(k - k0)..];
        // metafor refits the augmented data with z-based inference whatever the original test.
        // Nothing filled: metafor returns the original model, with its test; otherwise the filled model uses z.
        var fit = k0 == 0 ? MetaAnalysis.Fit(yi, vi, options) : MetaAnalysis.Fit([.. yi, .. filledY], [.. vi, .. filledV], options with { Test = MetaTest.Z });
        return new TrimAndFill(k0, side, fit, filledY, filledV);
    }
}
