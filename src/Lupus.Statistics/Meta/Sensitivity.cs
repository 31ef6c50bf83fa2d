namespace Lupus.Statistics.Meta;

/// <summary>Leave-one-out and cumulative re-fits (R: <c>metafor::leave1out</c>, <c>metafor::cumul</c>).</summary>
public static class Sensitivity
{
    /// <summary>Fits the model k times, each time without one study (in input order).</summary>
    /// <returns>One fit per omitted study; null only when no study is left (k = 1).</returns>
    public static IReadOnlyList<MetaFit?> LeaveOneOut(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        return Enumerable.Range(0, yi.Count)
            .Select(skip => TryFit(yi.Where((_, i) => i != skip).ToArray(), vi.Where((_, i) => i != skip).ToArray(), options))
            .ToArray();
    }

    /// <summary>Fits the first 1, 2, …, k studies in input order.</summary>
    /// <returns>One fit per step.</returns>
    public static IReadOnlyList<MetaFit?> Cumulative(IReadOnlyList<double> yi, IReadOnlyList<double> vi, MetaOptions options)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        return Enumerable.Range(1, yi.Count).Select(n => TryFit(yi.Take(n).ToArray(), vi.Take(n).ToArray(), options)).ToArray();
    }

    private static MetaFit? TryFit(double[] yi, double[] vi, MetaOptions options)
    {
        return yi.Length == 0 ? null : MetaAnalysis.FitCore(yi, vi, options, withTau2Ci: false);
    }
}
