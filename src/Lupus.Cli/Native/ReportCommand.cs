using System.CommandLine;

namespace Lupus.Cli.Registry;

/// <summary><c>lupus report</c> in the Native AOT executable (EF Core is not ahead-of-time compatible).</summary>
internal static class ReportCommand
{
    public static Command Create() => FullBuild.Delegate("report", "Derive trial endpoints and write the cohort report");
}
