using Lupus.Statistics.Survival;

namespace Lupus.Benchmarks.Survival;

/// <summary>Seeded proportional-hazards data: exponential times rounded to whole days, about 30% censored.</summary>
internal static class SyntheticSurvival
{
    public static (double[] Time, bool[] Status, Covariate[] Covariates) Create(int n, int p)
    {
        var random = new Random(20240501);
        var x = Enumerable.Range(0, p).Select(_ => new double[n]).ToArray();
        var time = new double[n];
        var status = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < p; j++)
            {
                x[j][i] = j % 2 == 1 ? (random.NextDouble() < 0.5 ? 1 : 0) : random.NextDouble() * 2 - 1;
                eta += (j % 2 == 0 ? 0.4 : -0.3) * x[j][i];
            }

            var t = -Math.Log(1 - random.NextDouble()) / (0.01 * Math.Exp(eta));
            var c = -Math.Log(1 - random.NextDouble()) / 0.004;
            status[i] = t <= c;
            time[i] = Math.Max(1, Math.Round(Math.Min(t, c)));
        }

        return (time, status, x.Select((v, j) => new Covariate($"x{j + 1}", v)).ToArray());
    }
}
