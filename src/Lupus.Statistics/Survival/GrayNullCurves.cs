namespace Lupus.Statistics.Survival;

/// <summary>
/// The forward pass of Gray's test over one stratum for one cause: each group's all-cause Kaplan-Meier curve and
/// incidence of the cause, the score's risk sets R_g, and the null incidence F0 with its risk sets R0_g.
/// </summary>
internal sealed class GrayNullCurves
{
    public GrayNullCurves(GrayRiskTable table, int cause)
    {
        var (m, groups) = (table.Times, table.Groups);
        SurvivalBefore = new double[m * groups];
        SurvivalAfter = new double[m * groups];
        Risk = new double[m * groups];
        NullRisk = new double[m * groups];
        NullBefore = new double[m];
        NullAfter = new double[m];
        NullHazard = new double[m];
        Deaths = new int[m];
        var surv = Enumerable.Repeat(1.0, groups).ToArray();
        var incidence = new double[groups];
        var f0 = 0.0;
        for (var j = 0; j < m; j++)
        {
            NullBefore[j] = f0;
            var nullTotal = 0.0;
            for (var g = 0; g < groups; g++)
            {
                var at = (j * groups) + g;
                double y = table.AtRisk[at];
                var d = table.EventsAt(j, g, cause);
                Deaths[j] += d;
                SurvivalBefore[at] = surv[g];
                if (y > 0)
                {
                    Risk[at] = y * (1 - incidence[g]) / surv[g];
                    NullRisk[at] = y * (1 - f0) / surv[g];
                    nullTotal += NullRisk[at];
                    incidence[g] += surv[g] * d / y;
                    surv[g] *= 1 - (table.AllEventsAt(j, g) / y);
                }

                SurvivalAfter[at] = surv[g];
            }

            NullHazard[j] = nullTotal > 0 ? Deaths[j] / nullTotal : 0;
            f0 = 1 - ((1 - f0) * (1 - NullHazard[j]));
            NullAfter[j] = f0;
        }
    }

    /// <summary>S_g(t_j-), at [j * groups + g].</summary>
    public double[] SurvivalBefore { get; }

    /// <summary>S_g(t_j).</summary>
    public double[] SurvivalAfter { get; }

    /// <summary>The score's risk set Y_g {1 - F_g(t-)} / S_g(t-).</summary>
    public double[] Risk { get; }

    /// <summary>The null risk set Y_g {1 - F0(t-)} / S_g(t-).</summary>
    public double[] NullRisk { get; }

    /// <summary>F0(t_j-).</summary>
    public double[] NullBefore { get; }

    /// <summary>F0(t_j).</summary>
    public double[] NullAfter { get; }

    /// <summary>dGamma0(t_j) = d(t_j) / sum of R0_g(t_j).</summary>
    public double[] NullHazard { get; }

    /// <summary>Events of the cause at t_j, all groups.</summary>
    public int[] Deaths { get; }
}
