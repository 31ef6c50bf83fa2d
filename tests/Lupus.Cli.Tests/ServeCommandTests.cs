namespace Lupus.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public void Help_ListsDatabaseUrlsAndDemoOptions()
    {
        var run = CliRun.Of("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
        Assert.Contains("--urls", run.Output, StringComparison.Ordinal);
        Assert.Contains("--demo-password", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsWithBadInput()
    {
        var run = CliRun.Of("serve", "--port", "80");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
    }
}
