namespace Lupus.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Report_MissingDatabaseFile_ExitsBadInputNamingIt()
    {
        var database = Path.Combine(_dir.Path, "absent.db");
        var error = new StringWriter();

        var exit = LupusApp.Run(["report", "--db", database, "--out", Path.Combine(_dir.Path, "r.html")], new StringWriter(), error);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{database}:--db: the database file does not exist", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "r.html")));
    }

    [Fact]
    public void Report_UnknownFormat_ExitsBadInput()
    {
        var exit = LupusApp.Run(["report", "--db", "x.db", "--out", "r.txt", "--format", "pdf"], new StringWriter(), new StringWriter());

        Assert.Equal(ExitCodes.BadInput, exit);
    }

    public void Dispose() => _dir.Dispose();
}
