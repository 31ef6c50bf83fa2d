using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

/// <summary>Effect sizes against <c>metafor::escalc</c> (values printed by R 4.2.2, metafor 3.8-1).</summary>
public sealed class EffectSizesTests
{
    [Fact]
    public void TwoByTwo_BcgAronson_MatchesEscalcRR()
    {
        var (yi, vi) = EffectSizes.TwoByTwo(EffectMeasure.RR, 4, 119, 11, 128);

        Assert.Equal(-0.88931133392020545, yi, 1e-14);
        Assert.Equal(0.32558476500396133, vi, 1e-14);
    }

    [Fact]
    public void TwoByTwo_DoubleZero_AddsHalfToEveryCell()
    {
        // escalc("RR", ai=0, bi=10, ci=0, di=10): yi = 0, vi = 2/0.5 - 2/10.5.
        var (yi, vi) = EffectSizes.TwoByTwo(EffectMeasure.RR, 0, 10, 0, 10);

        Assert.Equal(0, yi);
        Assert.Equal(3.8181818181818183, vi, 1e-12);
    }

    [Fact]
    public void Proportion_ZeroEvents_CorrectedOnlyForThatStudy()
    {
        Assert.Equal(0.5 / 11, EffectSizes.Proportion(EffectMeasure.PR, 0, 10).Yi, 1e-15);
        Assert.Equal(0.2, EffectSizes.Proportion(EffectMeasure.PR, 2, 10).Yi, 1e-15);
    }

    [Fact]
    public void HedgesCorrection_MatchesGammaForm()
    {
        // c(m) = Γ(m/2)/(√(m/2) Γ((m−1)/2)); R: exp(lgamma(5) - log(sqrt(5)) - lgamma(4.5)).
        Assert.Equal(0.922745608053087, EffectSizes.HedgesCorrection(10), 1e-13);
    }

    [Fact]
    public void Proportion_EventsExceedN_ThrowsForXi()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EffectSizes.Proportion(EffectMeasure.PLO, 11, 10));
        Assert.Equal("xi", e.ParamName);
    }

    [Fact]
    public void TwoGroupContinuous_NegativeSd_ThrowsForSd2i()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EffectSizes.TwoGroupContinuous(EffectMeasure.SMD, 1, 1, 10, 2, -1, 10));
        Assert.Equal("sd2i", e.ParamName);
    }
}
