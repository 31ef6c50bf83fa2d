using System.Globalization;
using System.Text;

namespace Lupus.Benchmarks.Meta;

/// <summary>Writes a CSV of many independent generic (yi, vi) meta-analyses for the --by benchmark.</summary>
/// <remarks>Each group draws μ ~ N(0.3, 0.3²), τ² ~ U(0, 0.3) (a quarter of groups with τ² = 0), vᵢ ~ U(0.01, 0.5) and
/// yᵢ ~ N(μ, τ² + vᵢ): a mix of heterogeneous and boundary cases. Deterministic for a seed.</remarks>
public static class MetaDataGenerator
{
    public static void Write(string path, int groups, int studiesPerGroup, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("group,study,yi,vi\n");
        for (var g = 1; g <= groups; g++)
        {
            var mu = 0.3 + (0.3 * Normal(random));
            var tau2 = g % 4 == 0 ? 0 : 0.3 * random.NextDouble();
            for (var s = 1; s <= studiesPerGroup; s++)
            {
                var vi = 0.01 + (0.49 * random.NextDouble());
                var yi = mu + (Math.Sqrt(tau2 + vi) * Normal(random));
                csv.Append(CultureInfo.InvariantCulture, $"g{g},s{s},{yi:R},{vi:R}\n");
            }
        }

        File.WriteAllText(path, csv.ToString());
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
