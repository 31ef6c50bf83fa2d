using System.Globalization;
using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class KaplanMeierTests
{
    [Theory]
    [InlineData("km-lung-sex")]
    [InlineData("km-lung-loglog")]
    [InlineData("km-lung-plain-90")]
    [InlineData("km-veteran-celltype")]
    [InlineData("km-ovarian-rx")]
    [InlineData("km-aml-x")]
    public void Fit_RDataset_MatchesSurvfitTableAndMedian(string name)
    {
        var fixture = SurvivalFixture.Load(name);
        var groupColumn = fixture.Arg("--group");
        var used = new[] { fixture.Arg("--time"), fixture.Arg("--event") }.Concat(groupColumn.Length > 0 ? [groupColumn] : []).ToArray();
        var cells = fixture.Complete(used);
        var type = fixture.Arg("--conf-type") switch { "plain" => ConfidenceType.Plain, "log-log" => ConfidenceType.LogLog, _ => ConfidenceType.Log };
        var level = double.Parse(fixture.Arg("--level"), CultureInfo.InvariantCulture) / 100;

        foreach (var expected in fixture.Expected.GetProperty("groups").EnumerateArray())
        {
            var group = expected.GetProperty("group").GetString();
            var rows = Enumerable.Range(0, cells[0].Length).Where(r => group is null || cells[2][r] == group).ToArray();
            var time = rows.Select(r => double.Parse(cells[0][r], CultureInfo.InvariantCulture)).ToArray();
            var status = rows.Select(r => cells[1][r] == "1").ToArray();

            var curve = KaplanMeier.Fit(time, status, type, level);

            Assert.Equal(expected.GetProperty("n").GetInt32(), curve.N);
            Assert.Equal(expected.GetProperty("events").GetInt32(), curve.Events);
            Near.Equal(expected.GetProperty("median"), curve.Median.Estimate, "median");
            Near.Equal(expected.GetProperty("median_lower"), curve.Median.Lower, "median lower");
            Near.Equal(expected.GetProperty("median_upper"), curve.Median.Upper, "median upper");
            var table = expected.GetProperty("table").EnumerateArray().ToArray();
            Assert.Equal(table.Length, curve.Rows.Count);
            for (var i = 0; i < table.Length; i++)
            {
                var e = table[i];
                var a = curve.Rows[i];
                Near.Equal(e.GetProperty("time"), a.Time, $"time {i}");
                Assert.Equal(e.GetProperty("n_risk").GetInt32(), a.AtRisk);
                Assert.Equal(e.GetProperty("n_event").GetInt32(), a.Events);
                Assert.Equal(e.GetProperty("n_censor").GetInt32(), a.Censored);
                Near.Equal(e.GetProperty("surv"), a.Survival, $"surv {i}");
                Near.Equal(e.GetProperty("std_err"), a.StdErr, $"std_err {i}");
                Near.Equal(e.GetProperty("lower"), a.Lower, $"lower {i}");
                Near.Equal(e.GetProperty("upper"), a.Upper, $"upper {i}");
            }
        }
    }

    [Fact]
    public void Fit_FlatAtHalfUntilNextDeath_MedianIsMidpoint()
    {
        // S = 0.75, 0.5, 0.25, 0: survfit prints median 2.5 (the curve sits at 0.5 from t = 2 to t = 3).
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, true, true]);

        Assert.Equal(2.5, curve.Median.Estimate);
    }

    [Fact]
    public void Fit_FlatAtHalfToTheEnd_MedianIsFirstTime()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, false, false]);

        Assert.Equal(2.0, curve.Median.Estimate);
        Assert.Null(curve.Median.Upper);
    }

    [Fact]
    public void AtRisk_TimesBetweenRows_CountsSubjectsStillFollowed()
    {
        var curve = KaplanMeier.Fit([1, 2, 2, 5, 8], [true, false, true, true, false]);

        Assert.Equal([5, 4, 2, 1, 0], new[] { 0.0, 1.5, 3, 8, 9 }.Select(curve.AtRisk));
    }

    [Fact]
    public void Fit_NegativeTime_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, -2], [true, true]));
        Assert.Equal("time", e.ParamName);
    }
}
