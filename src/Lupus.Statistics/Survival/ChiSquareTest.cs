namespace Lupus.Statistics.Survival;

/// <summary>A chi-square test statistic with its degrees of freedom and upper-tail p-value.</summary>
public sealed record ChiSquareTest(double ChiSquare, int DegreesOfFreedom, double PValue)
{
    /// <summary>Builds the test from the statistic, computing the upper-tail p-value.</summary>
    public static ChiSquareTest Of(double chiSquare, int degreesOfFreedom) =>
        new(chiSquare, degreesOfFreedom, Probability.ChiSquareUpper(chiSquare, degreesOfFreedom));
}
