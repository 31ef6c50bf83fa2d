using System.CommandLine;
using Lupus.Cli;

var root = new RootCommand("LupusTrials: SLE trial capture, clinical instruments and analysis")
{
    ScoreCommand.Create(),
};
return CommandRunner.Run(root, args);
