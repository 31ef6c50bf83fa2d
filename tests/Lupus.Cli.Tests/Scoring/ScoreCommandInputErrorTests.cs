namespace Lupus.Cli.Tests.Scoring;

/// <summary>Bad input stops <c>lupus score</c> with exit code 2 and a message that locates the problem.</summary>
public sealed class ScoreCommandInputErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Score_MissingFile_Exit2NamingFile()
    {
        var path = _dir.File("absent.json");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains("file not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MalformedJson_Exit2NamingFileAndLine()
    {
        var path = _dir.File("bad.json", "[\n{\"id\": \"v1\", \"instrument\": \"pga\",\n \"input\": {\"pga\": 1.0,}\n");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ":", run.Error, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownInstrument_Exit2NamingRecord()
    {
        var path = _dir.File("x.json", """[{"id": "v7", "instrument": "sledai3k", "input": {}}]""");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("record 'v7'", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown instrument \"sledai3k\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownField_Exit2NamingRecordAndField()
    {
        var path = _dir.File("x.json", """[{"id": "v1", "instrument": "sledai2k", "input": {"seizures": true}}]""");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:record 'v1':seizures: is not a field of this instrument", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MistypedField_Exit2NamingField()
    {
        var path = _dir.File("x.json", """[{"id": "v1", "instrument": "sledai2k", "input": {"platelets_10e9_per_l": "low"}}]""");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("platelets_10e9_per_l: must be a number", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PhysicallyImpossibleValue_Exit2NamingField()
    {
        var path = _dir.File("x.json", """[{"id": "v1", "instrument": "sledai2k", "input": {"max_temperature_c": 83}}]""");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("max_temperature_c: must be a number from 25 to 45, got 83", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownInstrumentOption_Exit2()
    {
        var path = _dir.File("x.csv", "id,pga\nv1,1\n");

        var run = CliRun.Of("score", "--input", path, "--instrument", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown instrument 'nope'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CsvWithoutInstrument_Exit2()
    {
        var path = _dir.File("x.csv", "id,seizure\nv1,false\n");

        var run = CliRun.Of("score", "--input", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CSV input needs --instrument", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CsvUnknownColumn_Exit2NamingHeaderColumn()
    {
        var path = _dir.File("x.csv", "id,seizure,platelet\nv1,false,100\n");

        var run = CliRun.Of("score", "--input", path, "--instrument", "sledai2k");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:1:platelet: is not an input field", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CsvBadCell_Exit2NamingLineAndColumn()
    {
        var path = _dir.File("x.csv", "id,seizure,wbc_10e9_per_l\nv1,false,4.2\nv2,maybe,4.0\n");

        var run = CliRun.Of("score", "--input", path, "--instrument", "sledai2k");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:3:seizure: must be true or false, got maybe", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CsvWrongFieldCount_Exit2()
    {
        var path = _dir.File("x.csv", "id,seizure\nv1,false,true\n");

        var run = CliRun.Of("score", "--input", path, "--instrument", "sledai2k");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FailedBatchWithOutputFile_LeavesNoOutput()
    {
        var input = _dir.File("x.csv", "id,seizure\nv1,false\nv2,perhaps\n");
        var output = _dir.File("out.csv");

        var run = CliRun.Of("score", "--input", input, "--instrument", "sledai2k", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_dir.Path, "out.csv*"));
    }

    [Fact]
    public void Score_UnwritableOutputDirectory_Exit2NamingPath()
    {
        var input = _dir.File("x.json", """[{"id": "a", "instrument": "pga", "input": {"pga": 1}}]""");
        var output = Path.Combine(_dir.Path, "no-such-dir", "out.json");

        var run = CliRun.Of("score", "--input", input, "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-dir", run.Error, StringComparison.Ordinal);
    }
}
