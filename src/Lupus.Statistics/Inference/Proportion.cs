using MathNet.Numerics.Distributions;

namespace Lupus.Statistics.Inference;

/// <summary>A proportion with its Wilson score confidence interval.</summary>
/// <param name="Count">Successes.</param>
/// <param name="Total">Trials.</param>
/// <param name="Estimate">Count / Total.</param>
/// <param name="Lower">Lower Wilson limit.</param>
/// <param name="Upper">Upper Wilson limit.</param>
public sealed record Proportion(int Count, int Total, double Estimate, double Lower, double Upper)
{
    /// <summary>The Wilson (score) interval without continuity correction.</summary>
    /// <remarks>
    /// Wilson EB. J Am Stat Assoc 1927;22:209-212: centre (p + z²/2n)/(1 + z²/n), half-width
    /// z/(1 + z²/n) sqrt(p(1-p)/n + z²/4n²). R: <c>prop.test(x, n, correct = FALSE)$conf.int</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Total is not positive, or count is outside 0..total, or level outside (0, 1).</exception>
    public static Proportion Wilson(int count, int total, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        if (count < 0 || count > total)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count must lie between 0 and the total.");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        double n = total, p = count / n, z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Proportion(count, total, p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
