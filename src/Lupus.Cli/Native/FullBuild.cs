using System.CommandLine;
using System.Diagnostics;

namespace Lupus.Cli;

/// <summary>
/// Verbs of the Native AOT executable that need EF Core or ASP.NET Core (serve, import, export): each runs the
/// full build published beside the executable (<c>full/lupus.dll</c>) with the same arguments.
/// </summary>
internal static class FullBuild
{
    public static Command Delegate(string verb, string description)
    {
        var command = new Command(verb, description + " (delegates to the full build)") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(parse =>
        {
            var full = Path.Combine(AppContext.BaseDirectory, "full", "lupus.dll");
            if (!File.Exists(full))
            {
                throw CliInputException.At(null, null, null,
                    $"'{verb}' is not part of this native build and {full} is missing; publish with scripts/publish.sh or use dotnet run");
            }

            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
            start.ArgumentList.Add(full);
            start.ArgumentList.Add(verb);
            foreach (var token in parse.UnmatchedTokens)
            {
                start.ArgumentList.Add(token);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
            process.WaitForExit();
            return process.ExitCode;
        });
        return command;
    }
}
