namespace Lupus.Cli.Tests;

/// <summary>Runs <c>lupus</c> in-process and captures its exit code and both streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = LupusApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
