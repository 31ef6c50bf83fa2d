using System.CommandLine;
using Lupus.Cli.Survival;

namespace Lupus.Cli;

/// <summary><c>lupus survival</c>: Kaplan-Meier and log-rank, Cox regression, competing-risks cumulative incidence.</summary>
internal static class SurvivalCommand
{
    public static Command Create() => new("survival", "Survival analysis: km (Kaplan-Meier, log-rank), cox (Cox regression), cif (competing risks)")
    {
        KmCommand.Create(),
        CoxCommand.Create(),
        CifCommand.Create(),
    };
}
