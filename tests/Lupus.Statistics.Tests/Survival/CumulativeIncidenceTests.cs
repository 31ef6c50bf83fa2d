using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class CumulativeIncidenceTests
{
    [Fact]
    public void Fit_Mgus2_MatchesMultiStateSurvfit()
    {
        var fixture = SurvivalFixture.Load("cif-mgus2");
        var cells = fixture.Complete("etime", "event");

        var result = CumulativeIncidence.Fit(SurvivalFixture.Numbers(cells[0]), cells[1].Select(int.Parse).ToArray());

        var causes = fixture.Expected.GetProperty("causes").EnumerateArray().ToArray();
        Assert.Equal(causes.Length, result.Causes.Count);
        for (var c = 0; c < causes.Length; c++)
        {
            var table = causes[c].GetProperty("table").EnumerateArray().ToArray();
            Assert.Equal(table.Length, result.Times.Count);
            for (var i = 0; i < table.Length; i++)
            {
                Near.Equal(table[i].GetProperty("time"), result.Times[i], $"time {i}");
                Near.Equal(table[i].GetProperty("cif"), result.Causes[c].Incidence[i], $"cause {c + 1} cif {i}");
                Near.Equal(table[i].GetProperty("std_err"), result.Causes[c].StdErr[i], $"cause {c + 1} se {i}");
            }
        }
    }
}
