using MathNet.Numerics;

namespace Lupus.Statistics.Meta;

/// <summary>Per-study effect sizes and sampling variances with <c>metafor::escalc</c> semantics and defaults.</summary>
/// <remarks>
/// Formulas follow Borenstein et al. (2009) and Hedges (1981); the zero-cell correction is metafor's default
/// <c>add = 1/2, to = "only0"</c>: ½ is added to every cell of a study only when one of its cells is 0,
/// and double-zero studies are kept (<c>drop00 = FALSE</c>). Each method throws
/// <see cref="ArgumentOutOfRangeException"/> whose <c>ParamName</c> is the escalc argument at fault.
/// </remarks>
public static class EffectSizes
{
    private const double Add = 0.5;

    /// <summary>MD, SMD (Hedges' g, large-sample variance) or ROM from two groups' means, SDs and sizes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An SD is negative, a size is not positive, or a ROM mean is not positive.</exception>
    public static EffectSize TwoGroupContinuous(EffectMeasure measure, double m1i, double sd1i, double n1i, double m2i, double sd2i, double n2i)
    {
        Require(sd1i >= 0, nameof(sd1i), "SD must not be negative");
        Require(sd2i >= 0, nameof(sd2i), "SD must not be negative");
        Require(n1i > 0, nameof(n1i), "n must be positive");
        Require(n2i > 0, nameof(n2i), "n must be positive");
        switch (measure)
        {
            case EffectMeasure.MD:
                return new(m1i - m2i, (sd1i * sd1i / n1i) + (sd2i * sd2i / n2i));
            case EffectMeasure.SMD:
                var m = n1i + n2i - 2;
                Require(m > 1, nameof(n1i), "SMD needs n1i + n2i > 3");
                var pooled = Math.Sqrt((((n1i - 1) * sd1i * sd1i) + ((n2i - 1) * sd2i * sd2i)) / m);
                var g = HedgesCorrection(m) * (m1i - m2i) / pooled;
                return new(g, (1 / n1i) + (1 / n2i) + (g * g / (2 * (n1i + n2i))));
            case EffectMeasure.ROM:
                Require(m1i > 0, nameof(m1i), "ROM needs positive means");
                Require(m2i > 0, nameof(m2i), "ROM needs positive means");
                return new(Math.Log(m1i / m2i), (sd1i * sd1i / (n1i * m1i * m1i)) + (sd2i * sd2i / (n2i * m2i * m2i)));
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a two-group continuous measure");
        }
    }

    /// <summary>RR, OR or RD from a 2×2 table (events and non-events per group).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A cell is negative or a group is empty.</exception>
    public static EffectSize TwoByTwo(EffectMeasure measure, double ai, double bi, double ci, double di)
    {
        Require(ai >= 0, nameof(ai), "count must not be negative");
        Require(bi >= 0, nameof(bi), "count must not be negative");
        Require(ci >= 0, nameof(ci), "count must not be negative");
        Require(di >= 0, nameof(di), "count must not be negative");
        Require(ai + bi > 0, nameof(ai), "group 1 has no participants");
        Require(ci + di > 0, nameof(ci), "group 2 has no participants");
        if (ai == 0 || bi == 0 || ci == 0 || di == 0)
        {
            (ai, bi, ci, di) = (ai + Add, bi + Add, ci + Add, di + Add);
        }

        double n1 = ai + bi, n2 = ci + di, p1 = ai / n1, p2 = ci / n2;
        return measure switch
        {
            EffectMeasure.RR => new(Math.Log(p1 / p2), (1 / ai) - (1 / n1) + (1 / ci) - (1 / n2)),
            EffectMeasure.OR => new(Math.Log(ai * di / (bi * ci)), (1 / ai) + (1 / bi) + (1 / ci) + (1 / di)),
            EffectMeasure.RD => new(p1 - p2, (p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2)),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a two-group binary measure"),
        };
    }

    /// <summary>PR, PLO or PFT from events <paramref name="xi"/> out of <paramref name="ni"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Events are negative or exceed n, or n is not positive.</exception>
    public static EffectSize Proportion(EffectMeasure measure, double xi, double ni)
    {
        Require(ni > 0, nameof(ni), "n must be positive");
        Require(xi >= 0, nameof(xi), "events must not be negative");
        Require(xi <= ni, nameof(xi), "events exceed n");
        if (measure == EffectMeasure.PFT)
        {
            var t = 0.5 * (Math.Asin(Math.Sqrt(xi / (ni + 1))) + Math.Asin(Math.Sqrt((xi + 1) / (ni + 1))));
            return new(t, 1 / ((4 * ni) + 2));
        }

        double x = xi, n = ni;
        if (xi == 0 || xi == ni)
        {
            (x, n) = (xi + Add, ni + (2 * Add));
        }

        var p = x / n;
        return measure switch
        {
            EffectMeasure.PR => new(p, p * (1 - p) / n),
            EffectMeasure.PLO => new(Math.Log(p / (1 - p)), (1 / x) + (1 / (n - x))),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a proportion measure"),
        };
    }

    /// <summary>MC or SMCR from follow-up (<paramref name="m1i"/>) and baseline (<paramref name="m2i"/>) means of one group.</summary>
    /// <remarks>SMCR standardises by <paramref name="sd1i"/> and does not use <paramref name="sd2i"/> (Becker 1988; escalc's convention).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An SD is negative, n is not positive, or r is outside [−1, 1].</exception>
    public static EffectSize MeanChange(EffectMeasure measure, double m1i, double m2i, double sd1i, double sd2i, double ni, double ri)
    {
        Require(sd1i >= 0, nameof(sd1i), "SD must not be negative");
        Require(sd2i >= 0 || double.IsNaN(sd2i), nameof(sd2i), "SD must not be negative");
        Require(ni > 0, nameof(ni), "n must be positive");
        Require(ri is >= -1 and <= 1, nameof(ri), "correlation must lie in [-1, 1]");
        switch (measure)
        {
            case EffectMeasure.MC:
                return new(m1i - m2i, ((sd1i * sd1i) + (sd2i * sd2i) - (2 * ri * sd1i * sd2i)) / ni);
            case EffectMeasure.SMCR:
                Require(ni > 2, nameof(ni), "SMCR needs n > 2");
                var d = HedgesCorrection(ni - 1) * (m1i - m2i) / sd1i;
                return new(d, (2 * (1 - ri) / ni) + (d * d / (2 * ni)));
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a mean-change measure");
        }
    }

    /// <summary>Hedges' exact small-sample correction c(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)).</summary>
    public static double HedgesCorrection(double m) =>
        Math.Exp(SpecialFunctions.GammaLn(m / 2) - (0.5 * Math.Log(m / 2)) - SpecialFunctions.GammaLn((m - 1) / 2));

    private static void Require(bool condition, string paramName, string rule)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, rule);
        }
    }
}
