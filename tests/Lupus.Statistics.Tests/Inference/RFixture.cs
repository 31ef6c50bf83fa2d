using System.Globalization;

namespace Lupus.Statistics.Tests.Inference;

/// <summary>Reads a CSV written by TestData/inference/inference.R (header row, numeric or TRUE/FALSE cells).</summary>
internal static class RFixture
{
    public static List<Dictionary<string, string>> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "inference", name));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v))];
    }

    public static double Number(this Dictionary<string, string> row, string key) =>
        double.Parse(row[key], NumberStyles.Float, CultureInfo.InvariantCulture);
}
