using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lupus.Statistics.Survival;

/// <summary>Tail probabilities computed without cancellation (R: <c>pchisq(lower.tail = FALSE)</c>, <c>2 * pnorm(-|z|)</c>).</summary>
internal static class Probability
{
    public static double ChiSquareUpper(double x, int df) =>
        df <= 0 ? 1.0 : x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);

    public static double TwoSidedNormal(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>The standard normal quantile for a two-sided interval of the given level (0.95 gives 1.96).</summary>
    public static double NormalQuantile(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        return Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }
}
