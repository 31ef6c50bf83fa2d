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
    public void Fit_Reml_BimodalLikelihood_ReturnsGlobalMaximumOnBoundary()
    {
        // Generated group g1208 (bench/meta): REML log-likelihood −10.7648 at τ² = 0 and a lower local maximum
        // (−10.7994) at τ² ≈ 0.064. metafor::rma also returns τ² = 0 here (with a "local maximum" warning).
        double[] yi = [1.8298904702250718, 0.3902163909309718, 1.8514755162098229, -0.5706627265045972, 0.8930675340853501, 0.6788823183683572, 0.940709302295136, 0.07816870868306314, 0.8210778679474159, 0.2651987370424913, 0.09860550404585999, 0.5727703214969362];
        double[] vi = [0.2893361095010005, 0.2342038935628738, 0.3397073350985103, 0.283706537747619, 0.21626823439089032, 0.016528762484215555, 0.3024434763483906, 0.2915322464432252, 0.08396814829854674, 0.2723814733942884, 0.3108228267407151, 0.37410763942362163];

        var fit = MetaAnalysis.Fit(yi, vi);

        Assert.True(fit.Tau2.Converged);
        Assert.Equal(0, fit.Tau2.Tau2);
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
