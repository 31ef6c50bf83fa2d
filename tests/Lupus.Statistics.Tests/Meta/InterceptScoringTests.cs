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

    [Fact]
    public void ScoringStep_WithModerator_EqualsModelTraces()
    {
        // k ≥ 3: with k = p = 2 the residual-maker is 0 and both sides are rounding noise.
        Cases.Where(c => c.Yi.Length >= 3).Sample(c =>
        {
            var k = c.Yi.Length;
            var x = new double[2 * k];
            for (var i = 0; i < k; i++)
            {
                (x[2 * i], x[(2 * i) + 1]) = (1, Math.Sqrt(c.Vi[i]) + (0.01 * i));
            }

            var m = WeightedModel.FitAt(c.Yi, c.Vi, c.Tau2, x, 2);
            var reml = (m.PyNorm2 - m.TraceP) / m.TracePP;
            var ml = (m.PyNorm2 - m.Weights.Sum()) / m.Weights.Sum(w => w * w);

            Assert.Equal(reml, WeightedModel.ScoringStep(true, c.Yi, c.Vi, c.Tau2, x, 2), 1e-9 * Math.Max(1, Math.Abs(reml)));
            Assert.Equal(ml, WeightedModel.ScoringStep(false, c.Yi, c.Vi, c.Tau2, x, 2), 1e-9 * Math.Max(1, Math.Abs(ml)));
        });
    }
}
