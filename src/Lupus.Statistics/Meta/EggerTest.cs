namespace Lupus.Statistics.Meta;

/// <summary>Egger's regression test for funnel-plot asymmetry: the test of the standard-error coefficient.</summary>
public sealed record EggerTest(double Statistic, double P, MetaFit Model)
{
    /// <summary>Fits the model with √vᵢ as moderator (R: <c>metafor::regtest(rma(...))</c>, default predictor "sei").</summary>
    /// <remarks>Egger et al. (1997), in the mixed-effects form of Sterne and Egger (2005); same estimator and test as the main model.</remarks>
    /// <returns>The test, or null when k &lt; 3 (no residual degree of freedom) or the fit does not converge.</returns>
    public static EggerTest? Compute(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(vi);
        if (yi.Count < 3)
        {
            return null;
        }

        var sei = vi.Select(Math.Sqrt).ToArray();
        var fit = MetaAnalysis.RegressCore(yi, vi, [("sei", sei)], options, withTau2Ci: false);
        var slope = fit.Coefficients[1];
        return double.IsFinite(slope.Statistic) ? new EggerTest(slope.Statistic, slope.P, fit) : null;
    }
}
