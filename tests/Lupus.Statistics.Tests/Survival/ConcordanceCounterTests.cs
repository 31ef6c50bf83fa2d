using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

/// <summary>The pair counts of the concordance against counting every pair, on data with ties in time and in risk.</summary>
public sealed class ConcordanceCounterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Count_TiedTimesAndRisks_EqualsCountOfEveryPair(int strataCount)
    {
        var random = new Random(11);
        const int n = 900;
        var stratum = new int[n];
        var time = new double[n];
        var status = new bool[n];
        var risk = new double[n];
        for (var i = 0; i < n; i++)
        {
            stratum[i] = random.Next(strataCount);
            time[i] = 1 + random.Next(60);
            status[i] = random.NextDouble() < 0.6;
            risk[i] = random.Next(25) * 0.5;
        }

        // The counter wants each stratum's rows together, by descending time.
        var order = Enumerable.Range(0, n).OrderBy(i => stratum[i]).ThenByDescending(i => time[i]).ToArray();
        var bounds = Enumerable.Range(0, n).Where(k => k == 0 || stratum[order[k]] != stratum[order[k - 1]]).Append(n).ToArray();

        var actual = ConcordanceCounter.Count(
            order.Select(i => time[i]).ToArray(), order.Select(i => status[i]).ToArray(), order.Select(i => risk[i]).ToArray(), bounds);

        double concordant = 0, discordant = 0, tied = 0, tiedTime = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j || stratum[i] != stratum[j] || !status[i])
                {
                    continue;
                }

                if (time[j] == time[i] && status[j])
                {
                    tiedTime += i < j ? 1 : 0;
                }
                else if (time[j] > time[i] || (time[j] == time[i] && !status[j]))
                {
                    // i has the earlier event: concordant when i has the higher risk.
                    concordant += risk[i] > risk[j] ? 1 : 0;
                    discordant += risk[i] < risk[j] ? 1 : 0;
                    tied += risk[i] == risk[j] ? 1 : 0;
                }
            }
        }

        Assert.Equal(concordant, actual.Concordant);
        Assert.Equal(discordant, actual.Discordant);
        Assert.Equal(tied, actual.TiedRisk);
        Assert.Equal(tiedTime, actual.TiedTime);
        Assert.Equal((concordant + (tied / 2)) / (concordant + discordant + tied), actual.Value);
    }
}
