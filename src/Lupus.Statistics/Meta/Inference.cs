using System.Collections.Concurrent;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lupus.Statistics.Meta;

/// <summary>Critical values and p-values for z/t/χ²/F, using MathNet.Numerics.</summary>
internal static class Inference
{
    // Quantiles are iterative in MathNet and batches ask for the same few (level, df) pairs thousands of times.
    private static readonly ConcurrentDictionary<(int Kind, double P, int Df), double> Quantiles = new();

    public static double Critical(double alpha, int? df) =>
        Quantiles.GetOrAdd((df is null ? 0 : 1, 1 - (alpha / 2), df ?? 0), static key =>
            key.Kind == 1 ? StudentT.InvCDF(0, 1, key.Df, key.P) : Normal.InvCDF(0, 1, key.P));

    public static double TwoSidedP(double statistic, int? df) =>
        df is { } d ? 2 * StudentT.CDF(0, 1, d, -Math.Abs(statistic)) : 2 * Normal.CDF(0, 1, -Math.Abs(statistic));

    /// <summary>Upper tail of χ²(df); 1 when df = 0 (as metafor reports for k = p).</summary>
    public static double ChiSquaredUpper(double q, int df) =>
        df <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2.0, Math.Max(q, 0) / 2);

    public static double FUpper(double f, int df1, int df2) =>
        SpecialFunctions.BetaRegularized(df2 / 2.0, df1 / 2.0, df2 / (df2 + (df1 * Math.Max(f, 0))));

    public static double ChiSquaredQuantile(double probability, int df) =>
        Quantiles.GetOrAdd((2, probability, df), static key => ChiSquared.InvCDF(key.Df, key.P));
}
