using CsCheck;
using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

public sealed class MetaAnalysisPropertyTests
{
    private static readonly Gen<(double[] Yi, double[] Vi)> Studies =
        Gen.Int[2, 30].SelectMany(k => Gen.Select(Gen.Double[-3, 3].Array[k], Gen.Double[0.001, 2].Array[k]));

    [Fact]
    public void Fit_FixedEffects_IsInverseVarianceWeightedMean()
    {
        Studies.Sample(s =>
        {
            var fit = MetaAnalysis.Fit(s.Yi, s.Vi, new MetaOptions(Tau2Estimator.FE));
            var expected = s.Yi.Zip(s.Vi, (y, v) => y / v).Sum() / s.Vi.Sum(v => 1 / v);
            Assert.Equal(expected, fit.Estimate, 1e-9);
        });
    }

    [Theory]
    [InlineData(Tau2Estimator.FE)]
    [InlineData(Tau2Estimator.DL)]
    [InlineData(Tau2Estimator.HE)]
    [InlineData(Tau2Estimator.HS)]
    [InlineData(Tau2Estimator.SJ)]
    [InlineData(Tau2Estimator.ML)]
    [InlineData(Tau2Estimator.REML)]
    [InlineData(Tau2Estimator.EB)]
    [InlineData(Tau2Estimator.PM)]
    public void Fit_AnyEstimator_SatisfiesInvariants(Tau2Estimator estimator)
    {
        Studies.Sample(s =>
        {
            var fit = MetaAnalysis.Fit(s.Yi, s.Vi, new MetaOptions(estimator));

            Assert.True(fit.Tau2.Converged);
            Assert.True(fit.Tau2.Tau2 >= 0);
            Assert.InRange(fit.I2, 0, 99.999999999);
            Assert.Equal(100, fit.Weights.Sum(), 1e-9);
            Assert.InRange(fit.Estimate, s.Yi.Min() - 1e-12, s.Yi.Max() + 1e-12);
        });
    }

    [Fact]
    public void Fit_Reml_ConvergesOnHardData()
    {
        // Very unequal variances and an outlier: Fisher scoring must still reach the maximum (or the boundary).
        double[] yi = [0.1, 0.12, 0.11, 5, -4, 0.1];
        double[] vi = [1e-6, 1e-5, 2e-6, 50, 80, 1e-6];

        var fit = MetaAnalysis.Fit(yi, vi);

        Assert.True(fit.Tau2.Converged);
        Assert.True(double.IsFinite(fit.Estimate));
    }

    [Fact]
    public void Fit_EqualEffects_TauOnBoundary()
    {
        var fit = MetaAnalysis.Fit([0.3, 0.3, 0.3, 0.3], [0.1, 0.1, 0.1, 0.1]);

        Assert.Equal(0, fit.Tau2.Tau2);
        Assert.Equal(0, fit.I2);
        Assert.Equal((0, 0), fit.Tau2Ci);
    }

    [Fact]
    public void Fit_NoStudies_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => MetaAnalysis.Fit([], []));
        Assert.Equal("yi", e.ParamName);
    }

    [Fact]
    public void Fit_NegativeVariance_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MetaAnalysis.Fit([0.1, 0.2], [0.1, -0.1]));
        Assert.Equal("vi", e.ParamName);
    }
}
