namespace Lupus.Application.Demo;

/// <summary>Draws for the synthetic data, all from the one seeded source so a seed always gives the same cohort.</summary>
internal static class DemoRandom
{
    /// <summary>A normal deviate by the Box-Muller transform.</summary>
    public static double Normal(this Random random, double mean, double sd)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public static decimal Round(double value, int digits) => Math.Round((decimal)value, digits);
}
