namespace Lupus.Statistics.Survival;

/// <summary>One stratum tabulated for Gray's test: per distinct time, subjects at risk and events of each cause by group.</summary>
internal sealed class GrayRiskTable
{
    private readonly int[] _events;

    private GrayRiskTable(int times, int groups, int causes, int[] atRisk, int[] events)
    {
        Times = times;
        Groups = groups;
        Causes = causes;
        AtRisk = atRisk;
        _events = events;
    }

    /// <summary>Distinct times (events or censorings) in the stratum.</summary>
    public int Times { get; }

    public int Groups { get; }

    public int Causes { get; }

    /// <summary>At risk just before time j in group g, at [j * Groups + g].</summary>
    public int[] AtRisk { get; }

    /// <summary>Events of cause c (1..k) at time j in group g.</summary>
    public int EventsAt(int j, int g, int c) => _events[(((j * Groups) + g) * (Causes + 1)) + c];

    /// <summary>Events of any cause at time j in group g.</summary>
    public int AllEventsAt(int j, int g)
    {
        var sum = 0;
        for (var c = 1; c <= Causes; c++)
        {
            sum += EventsAt(j, g, c);
        }

        return sum;
    }

    /// <summary>Events of cause c in the whole stratum.</summary>
    public int Events(int c)
    {
        var sum = 0;
        for (var j = 0; j < Times; j++)
        {
            for (var g = 0; g < Groups; g++)
            {
                sum += EventsAt(j, g, c);
            }
        }

        return sum;
    }

    /// <summary>Tabulates the rows in <paramref name="order"/>, which are sorted by time.</summary>
    public static GrayRiskTable Build(
        ReadOnlySpan<int> order, ReadOnlySpan<double> time, ReadOnlySpan<int> cause, ReadOnlySpan<int> group, int groups, int causes)
    {
        var times = 0;
        for (var k = 0; k < order.Length; k++)
        {
            times += k == 0 || time[order[k]] != time[order[k - 1]] ? 1 : 0;
        }

        var leaving = new int[times * groups];
        var events = new int[times * groups * (causes + 1)];
        var j = -1;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            j += k == 0 || time[i] != time[order[k - 1]] ? 1 : 0;
            leaving[(j * groups) + group[i]]++;
            events[(((j * groups) + group[i]) * (causes + 1)) + cause[i]]++;
        }

        // At risk just before time j: everyone leaving at j or later.
        var atRisk = new int[times * groups];
        for (var g = 0; g < groups; g++)
        {
            var n = 0;
            for (j = times - 1; j >= 0; j--)
            {
                n += leaving[(j * groups) + g];
                atRisk[(j * groups) + g] = n;
            }
        }

        return new GrayRiskTable(times, groups, causes, atRisk, events);
    }
}
