using CsCheck;
using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

public sealed class InterceptScoringTests
{
    private static readonly Gen<(double[] Yi, double[] Vi, double Tau2)> Cases =
        Gen.Int[2, 20].SelectMany(k => Gen.Select(Gen.Double[-3, 3].Array[k], Gen.Double[0.001, 2].Array[k], Gen.Double[0, 3]));

    [Fact]
    public void Steps_EqualGeneralResidualMakerFormulas()
    {
        Cases.Sample(c =>
        {
            var ones = Enumerable.Repeat(1.0, c.Yi.Length).ToArray();
            var m = WeightedModel.FitAt(c.Yi, c.Vi, c.Tau2, ones, 1);
            var sumW = m.Weights.Sum();
            var k = c.Yi.Length;

            Assert.Equal((m.PyNorm2 - m.TraceP) / m.TracePP, InterceptScoring.LikelihoodStep(true, c.Yi, c.Vi, c.Tau2), 1e-9);
            Assert.Equal((m.PyNorm2 - sumW) / m.Weights.Sum(w => w * w), InterceptScoring.LikelihoodStep(false, c.Yi, c.Vi, c.Tau2), 1e-9);
            Assert.Equal(((m.Rss * k / (k - 1)) - k) / sumW, InterceptScoring.EmpiricalBayesStep(c.Yi, c.Vi, c.Tau2), 1e-9);
        });
    }
}
