using System.CommandLine;
using System.Diagnostics;

namespace Lupus.Cli;

/// <summary>
/// <c>lupus serve</c> in the Native AOT executable: the web host cannot be compiled ahead of time, so this verb
/// runs the full build published beside the executable (<c>full/lupus.dll</c>) with the same arguments.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the trial registry web application (delegates to the full build)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parse =>
        {
            var full = Path.Combine(AppContext.BaseDirectory, "full", "lupus.dll");
            if (!File.Exists(full))
            {
                throw CliInputException.At(null, null, null,
                    $"the web application is not part of this native build and {full} is missing; publish with scripts/publish.sh or run ./build.sh demo");
            }

            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
            start.ArgumentList.Add(full);
            start.ArgumentList.Add("serve");
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
