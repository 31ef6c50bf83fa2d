using System.CommandLine;

namespace Lupus.Cli;

/// <summary>The <c>lupus</c> command tree; each verb lives in its own <c>*Command</c> class.</summary>
internal static class LupusApp
{
    public static RootCommand CreateRoot() => new("LupusTrials: SLE trial capture, clinical instruments and analysis")
    {
        ScoreCommand.Create(),
        MetaCommand.Create(),
        EvidenceCommand.Create(),
        SurvivalCommand.Create(),
        ServeCommand.Create(),
        Registry.DemoCommand.Create(),
        Registry.ReportCommand.Create(),
        ImportCommand.Create(),
        ExportCommand.Create(),
    };

    /// <summary>Runs <c>lupus</c> with the given arguments and writers (in-process entry used by tests).</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null) =>
        CommandRunner.Run(CreateRoot(), args, output, error);
}
