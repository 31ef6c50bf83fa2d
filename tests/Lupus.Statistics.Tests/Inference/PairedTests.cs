using Lupus.Statistics.Inference;

namespace Lupus.Statistics.Tests.Inference;

public sealed class PairedTests
{
    public static TheoryData<int> Cases => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Cases))]
    public void PairedTTest_RTTestPaired_SameStatistics(int caseNumber)
    {
        var (before, after, expected) = Load(caseNumber);

        var t = PairedTTest.Compute(before, after);

        Assert.Equal(expected.Number("t"), t.T, 1e-6);
        Assert.Equal(expected.Number("df"), t.DegreesOfFreedom);
        Assert.Equal(expected.Number("t_p"), t.P, 1e-6);
        Assert.Equal(expected.Number("lower"), t.Lower, 1e-6);
        Assert.Equal(expected.Number("upper"), t.Upper, 1e-6);
        Assert.Equal(expected.Number("mean_diff"), t.MeanDifference, 1e-6);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WilcoxonSignedRank_RWilcoxTestPaired_SameStatistics(int caseNumber)
    {
        var (before, after, expected) = Load(caseNumber);

        var w = WilcoxonSignedRank.Compute(before, after);

        Assert.Equal(expected.Number("v"), w.V, 1e-9);
        Assert.Equal(expected.Number("w_p"), w.P, 1e-6);
        Assert.Equal(expected["exact"] == "TRUE", w.Exact);
    }

    [Fact]
    public void WilcoxonSignedRank_AllDifferencesZero_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.Compute([1.0, 2.0], [1.0, 2.0]));
        Assert.Equal("after", ex.ParamName);
    }

    [Fact]
    public void Summary_RDescriptives_SameValues()
    {
        foreach (var row in RFixture.Read("summary.csv"))
        {
            var (before, _, _) = Load((int)row.Number("case"));
            var s = Summary.Of([.. before.Select(v => (double?)v), null]);

            Assert.Equal(1, s.Missing);
            Assert.Equal(row.Number("mean"), s.Mean, 1e-6);
            Assert.Equal(row.Number("sd"), s.StdDev, 1e-6);
            Assert.Equal(row.Number("q1"), s.Q1, 1e-6);
            Assert.Equal(row.Number("median"), s.Median, 1e-6);
            Assert.Equal(row.Number("q3"), s.Q3, 1e-6);
            Assert.Equal(row.Number("skew"), s.Skewness, 1e-6);
        }
    }

    private static (double[] Before, double[] After, Dictionary<string, string> Expected) Load(int caseNumber)
    {
        var rows = RFixture.Read("pairs.csv").Where(r => (int)r.Number("case") == caseNumber).ToList();
        var expected = RFixture.Read("paired.csv").Single(r => (int)r.Number("case") == caseNumber);
        return ([.. rows.Select(r => r.Number("before"))], [.. rows.Select(r => r.Number("after"))], expected);
    }
}
