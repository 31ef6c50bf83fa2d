using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class GrayTestTests
{
    [Theory]
    [InlineData("gray-mgus2-sex")]
    [InlineData("gray-mgus2-sex-rho1")]
    [InlineData("gray-pbc-trt")]
    [InlineData("gray-pbc-trt-strata-sex")]
    [InlineData("gray-pbc-edema")]
    [InlineData("gray-pbc-edema-rho1")]
    [InlineData("gray-ties-arm")]
    [InlineData("gray-ties-arm-rho1")]
    public void Test_MatchesCuminc(string name)
    {
        var fixture = SurvivalFixture.Load(name);
        var root = fixture.Root;
        var strata = root.GetProperty("strata").GetString();
        var columns = new[] { root.GetProperty("time").GetString()!, root.GetProperty("status").GetString()!, root.GetProperty("group").GetString()! };
        var cells = fixture.Complete(strata is null ? columns : [.. columns, strata]);

        var result = GrayTest.Test(
            SurvivalFixture.Numbers(cells[0]),
            cells[1].Select(int.Parse).ToArray(),
            SurvivalFixture.Codes(cells[2]),
            strata is null ? default : SurvivalFixture.Codes(cells[3]),
            root.GetProperty("rho").GetDouble());

        var expected = fixture.Expected.GetProperty("gray").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, result.Causes.Count);
        for (var c = 0; c < expected.Length; c++)
        {
            var test = result.Causes[c];
            Assert.Equal(expected[c].GetProperty("cause").GetString(), test.Cause.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[c].GetProperty("df").GetInt32(), test.Test.DegreesOfFreedom);
            Near.Equal(expected[c].GetProperty("chisq"), test.Test.ChiSquare, $"cause {test.Cause} chisq");
            Near.Equal(expected[c].GetProperty("p"), test.Test.PValue, $"cause {test.Cause} p");
        }
    }

    [Fact]
    public void Test_SmallExactProbes_MatchCuminc()
    {
        var probes = SurvivalFixture.LoadJson("probe-gray-variance").EnumerateArray().ToArray();
        Assert.NotEmpty(probes);
        foreach (var probe in probes)
        {
            var time = probe.GetProperty("time").EnumerateArray().Select(t => t.GetDouble()).ToArray();
            var cause = probe.GetProperty("status").EnumerateArray().Select(s => s.GetInt32()).ToArray();
            var group = SurvivalFixture.Codes(probe.GetProperty("group").EnumerateArray().Select(g => g.GetString()!).ToArray());

            var test = GrayTest.Test(time, cause, group).Causes.Single(c => c.Cause == 1);

            Near.Equal(probe.GetProperty("stat").GetDouble(), test.Test.ChiSquare, $"probe {probe}");
        }
    }

    [Fact]
    public void Test_OneGroup_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GrayTest.Test([1.0, 2.0, 3.0], [1, 2, 0], [0, 0, 0]));
        Assert.Contains("two groups", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_NegativeRho_Throws() =>
        Assert.Throws<ArgumentException>(() => GrayTest.Test([1.0, 2.0, 3.0], [1, 2, 0], [0, 1, 1], rho: -1));

    [Fact]
    public void Test_CauseWithoutEvents_IsLeftOut()
    {
        var result = GrayTest.Test([1.0, 2.0, 3.0, 4.0], [2, 2, 0, 2], [0, 1, 0, 1]);

        Assert.Equal(2, Assert.Single(result.Causes).Cause);
    }

    [Fact]
    public void Test_SwappingGroupLabels_GivesTheSameStatistic()
    {
        double[] time = [1, 2, 2, 3, 4, 5, 6, 7, 8, 9];
        int[] cause = [1, 2, 1, 0, 1, 2, 1, 0, 2, 1];
        int[] group = [0, 1, 0, 1, 1, 0, 0, 1, 1, 0];

        var one = GrayTest.Test(time, cause, group);
        var other = GrayTest.Test(time, cause, group.Select(g => 1 - g).ToArray());

        for (var c = 0; c < one.Causes.Count; c++)
        {
            Near.Equal(one.Causes[c].Test.ChiSquare, other.Causes[c].Test.ChiSquare, $"cause {c + 1}");
        }
    }
}
