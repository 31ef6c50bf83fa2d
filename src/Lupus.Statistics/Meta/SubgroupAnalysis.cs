namespace Lupus.Statistics.Meta;

/// <summary>Separate fits per subgroup and the test of subgroup differences.</summary>
/// <param name="Groups">One fit per group, in order of first appearance.</param>
/// <param name="Q">Q between subgroups: Σ wg (μ̂g − μ̄)² with wg = 1/SEg², on <paramref name="Df"/> = G − 1 df.</param>
/// <param name="Df">Degrees of freedom of the test.</param>
/// <param name="P">Upper χ² tail probability.</param>
public sealed record SubgroupAnalysis(IReadOnlyList<(string Group, MetaFit Fit)> Groups, double Q, int Df, double P)
{
    /// <summary>Fits each subgroup with its own τ², then tests the subgroup estimates for equality.</summary>
    /// <remarks>
    /// Borenstein et al. (2009, ch. 19, separate τ²): a fixed-effect model over the subgroup estimates; R:
    /// <c>rma(est, sei = se, method = "FE")</c> on the per-group <c>rma</c> fits, its QE test.
    /// </remarks>
    /// <exception cref="ArgumentException">Lengths differ, or a group cannot be fitted.</exception>
    public static SubgroupAnalysis Compute(IReadOnlyList<double> yi, IReadOnlyList<double> vi, IReadOnlyList<string> groups, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count != yi.Count)
        {
            throw new ArgumentException("One group label per study is needed.", nameof(groups));
        }

        var fits = groups.Distinct(StringComparer.Ordinal)
            .Select(g =>
            {
                var members = Enumerable.Range(0, yi.Count).Where(i => groups[i] == g).ToArray();
                return (g, MetaAnalysis.Fit(members.Select(i => yi[i]).ToArray(), members.Select(i => vi[i]).ToArray(), options));
            })
            .ToArray();
        var between = MetaAnalysis.Fit(fits.Select(f => f.Item2.Estimate).ToArray(), fits.Select(f => f.Item2.Se * f.Item2.Se).ToArray(), new MetaOptions(Tau2Estimator.FE));
        return new SubgroupAnalysis(fits, between.Q, between.QDf, between.QP);
    }
}
