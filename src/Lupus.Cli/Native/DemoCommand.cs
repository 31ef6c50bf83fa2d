using System.CommandLine;

namespace Lupus.Cli.Registry;

/// <summary><c>lupus demo</c> in the Native AOT executable (EF Core is not ahead-of-time compatible).</summary>
internal static class DemoCommand
{
    public static Command Create() => FullBuild.Delegate("demo", "Generate two synthetic MSC trial cohorts into an empty database");
}
