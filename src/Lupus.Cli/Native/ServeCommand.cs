using System.CommandLine;

namespace Lupus.Cli;

/// <summary><c>lupus serve</c> in the Native AOT executable: the web host cannot be compiled ahead of time.</summary>
internal static class ServeCommand
{
    public static Command Create() => FullBuild.Delegate("serve", "Run the trial registry web application");
}
