namespace Lupus.Statistics.Meta;

/// <summary>One study's 2×2 table: events <paramref name="Ai"/>/<paramref name="Ci"/> and non-events <paramref name="Bi"/>/<paramref name="Di"/> in groups 1/2.</summary>
public readonly record struct TwoByTwoTable(double Ai, double Bi, double Ci, double Di)
{
    public double N1 => Ai + Bi;

    public double N2 => Ci + Di;

    public double N => Ai + Bi + Ci + Di;

    /// <summary>No events in either group, or no non-events in either group: no information on a ratio.</summary>
    public bool IsDoubleZero => (Ai == 0 && Ci == 0) || (Bi == 0 && Di == 0);
}
