using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class TimeSortTests
{
    // Enough keys that each radix pass is split into ranges scattered in parallel.
    private const int Many = 100_000;

    public static TheoryData<string> Layouts => ["rounded", "continuous", "wide", "zeros", "signed"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Order_AnyTimes_AscendingWithTiesInRowOrder(string layout)
    {
        var time = Times(layout, Many);

        var order = TimeSort.Order(time);

        var expected = Enumerable.Range(0, time.Length).OrderBy(i => time[i]).ThenBy(i => i).ToArray();
        Assert.Equal(expected, order);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Sort_AnyTimes_SameAsArraySort(string layout)
    {
        var time = Times(layout, Many);
        var expected = time.ToArray();
        Array.Sort(expected);

        TimeSort.Sort(time);

        Assert.Equal(expected, time);
    }

    [Fact]
    public void Order_NegativeAndInfiniteKeys_Sorted()
    {
        double[] time = [3, -1, double.PositiveInfinity, 0, double.NegativeInfinity];

        var order = TimeSort.Order(time);

        Assert.Equal([4, 1, 3, 0, 2], order);
    }

    private static double[] Times(string layout, int n)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, n).Select(_ => layout switch
        {
            "rounded" => Math.Round(random.NextDouble() * 900) + 1,
            "continuous" => -Math.Log(random.NextDouble()) * 100,
            "wide" => Math.Exp((random.NextDouble() * 80) - 40),
            "zeros" => random.Next(4) == 0 ? -0.0 : Math.Round(random.NextDouble() * 3, 1),
            _ => Math.Round((random.NextDouble() - 0.5) * 8, random.Next(4)) * (random.Next(9) == 0 ? 1e-300 : 1),
        })];
    }
}
