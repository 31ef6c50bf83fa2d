namespace Lupus.Statistics.Survival;

/// <summary>Shared validation and ordering of (time, status) data.</summary>
internal static class SurvivalInput
{
    /// <summary>Throws unless there is at least one subject, lengths agree and every time is finite and non-negative.</summary>
    public static void Check(ReadOnlySpan<double> time, int statusLength)
    {
        if (time.Length == 0)
        {
            throw new ArgumentException("At least one subject is required.", nameof(time));
        }

        if (statusLength != time.Length)
        {
            throw new ArgumentException("Time and status must have the same length.");
        }

        foreach (var t in time)
        {
            if (!(t >= 0) || double.IsInfinity(t))
            {
                throw new ArgumentException($"Times must be finite and non-negative; found {t}.", nameof(time));
            }
        }
    }

    /// <summary>Event times and censoring times, each sorted ascending (two plain sorts beat one keyed sort).</summary>
    public static (double[] Events, double[] Censorings) SplitSorted(ReadOnlySpan<double> time, ReadOnlySpan<bool> status)
    {
        var eventCount = 0;
        foreach (var s in status)
        {
            eventCount += s ? 1 : 0;
        }

        var events = new double[eventCount];
        var censorings = new double[time.Length - eventCount];
        int e = 0, c = 0;
        for (var i = 0; i < time.Length; i++)
        {
            if (status[i])
            {
                events[e++] = time[i];
            }
            else
            {
                censorings[c++] = time[i];
            }
        }

        TimeSort.Sort(events);
        TimeSort.Sort(censorings);
        return (events, censorings);
    }
}
