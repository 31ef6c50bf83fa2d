namespace Lupus.Statistics.Meta;

/// <summary>Back-transformations of pooled values to the natural scale of a measure.</summary>
/// <remarks>
/// exp for log ratios (RR, OR, ROM; R: <c>transf=exp</c>), the inverse logit for PLO (<c>transf.ilogit</c>), and
/// Miller's (1978) inverse of the Freeman-Tukey transformation with the harmonic mean of the sample sizes for PFT
/// (<c>transf.ipft.hm</c>), clamped to [0, 1] outside the range the transformation can reach.
/// </remarks>
public static class BackTransform
{
    /// <summary>True when <see cref="Apply"/> transforms values of the measure.</summary>
    public static bool Applies(EffectMeasure measure) =>
        measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.ROM or EffectMeasure.PLO or EffectMeasure.PFT;

    /// <summary>Transforms <paramref name="value"/>; <paramref name="harmonicMeanN"/> is used for PFT only.</summary>
    public static double Apply(EffectMeasure measure, double value, double harmonicMeanN = double.NaN) => measure switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.ROM => Math.Exp(value),
        EffectMeasure.PLO => 1 / (1 + Math.Exp(-value)),
        EffectMeasure.PFT => InverseFreemanTukey(value, harmonicMeanN),
        _ => value,
    };

    /// <summary>The harmonic mean 1/mean(1/nᵢ).</summary>
    public static double HarmonicMean(IEnumerable<double> n) => 1 / n.Average(x => 1 / x);

    private static double InverseFreemanTukey(double t, double n)
    {
        var lowest = EffectSizes.Proportion(EffectMeasure.PFT, 0, n).Yi;
        var highest = EffectSizes.Proportion(EffectMeasure.PFT, n, n).Yi;
        if (t <= lowest)
        {
            return 0;
        }

        if (t >= highest)
        {
            return 1;
        }

        var z = 2 * t;
        var sin = Math.Sin(z);
        var inner = sin + ((sin - (1 / sin)) / n);
        return 0.5 * (1 - (Math.Sign(Math.Cos(z)) * Math.Sqrt(1 - (inner * inner))));
    }
}
