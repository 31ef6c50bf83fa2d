using System.CommandLine;
using Lupus.Reports.Input;

namespace Lupus.Cli;

/// <summary>Runs the command tree and turns located input errors into one stderr line and exit code 2.</summary>
internal static class CommandRunner
{
    public static int Run(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                configuration.Error.WriteLine($"lupus: {problem.Message}");
            }

            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e) when (e is CliInputException or InputFileException)
        {
            configuration.Error.WriteLine($"lupus: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable input or unwritable output: the message names the path.
            configuration.Error.WriteLine($"lupus: error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
