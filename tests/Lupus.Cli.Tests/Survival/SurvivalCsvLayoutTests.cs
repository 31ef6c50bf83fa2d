using System.Globalization;

namespace Lupus.Cli.Tests.Survival;

/// <summary>
/// Plain files take the byte-level fast path, everything else the general CSV reader: both must give the same numbers,
/// and faults must be reported at the same file, line and column whichever path reads the file.
/// </summary>
public sealed class SurvivalCsvLayoutTests : IDisposable
{
    private const string Plain = "time,status,x,g\n1,1,2.5,a\n3,0,NA,b\n4,1,5,a\n5,0,,b\n6,1,1,b\n7,0,3,a\n8,1,-2,b\n";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lupus-layout-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("crlf")]
    [InlineData("quoted")]
    [InlineData("no-final-newline")]
    [InlineData("spaces")]
    public void Cox_OtherLayouts_SameOutputAsPlainFile(string layout)
    {
        var expected = Cox(Plain);
        var csv = layout switch
        {
            "crlf" => Plain.Replace("\n", "\r\n", StringComparison.Ordinal),
            "quoted" => Plain.Replace("2.5,a", "\"2.5\",\"a\"", StringComparison.Ordinal),
            "no-final-newline" => Plain.TrimEnd('\n'),
            _ => Plain.Replace(",", " , ", StringComparison.Ordinal),
        };

        var actual = Cox(csv);

        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.Output, actual.Output);
        Assert.Contains("\"n_dropped\":2", actual.Output.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time,status,x,g\n1,1,2,a\n3,0,1,b\n4,zz,1,a\n", ":4:status: event must be 1/0 or true/false, found 'zz'")]
    [InlineData("time,status,x,g\n1,1,2,a\n3,0,1,b\n\"4\",zz,1,a\n", ":4:status: event must be 1/0 or true/false, found 'zz'")]
    [InlineData("time,status,x,g\r\n1,1,2,a\r\n3,0,1,b\r\n4,1,x1,a\r\n", ":4:x: 'x1' is not a number")]
    [InlineData("time,status,x,g\n1,1,2,a\n3,0,1,b\n4,1,1\n5,0,1,a\n", ": malformed CSV")]
    public void Cox_Faults_ReportedAtTheirLineWhicheverReaderIsUsed(string csv, string message)
    {
        var run = Cox(csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(_file + message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Km_GroupColumnWithMissingLabel_RowDroppedOnFastPath()
    {
        File.WriteAllText(_file, "time,status,g\n1,1,a\n2,0,\n3,1,b\n4,1,NA\n5,0,a\n");

        var run = CliRun.Of("survival", "km", "--input", _file, "--time", "time", "--event", "status", "--group", "g");

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var groups = json.RootElement.GetProperty("groups");
        Assert.Equal(2, groups.GetArrayLength());
        Assert.Equal(3, groups[0].GetProperty("n").GetInt32() + groups[1].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Km_LargeFileReadInParts_SameGroupsAndNumbersAsGeneralReader()
    {
        // Over 1 MB, so the plain file is read in parallel parts; group "c" first appears in the second half.
        var rows = 400_000;
        var text = new System.Text.StringBuilder("time,status,group\n");
        for (var i = 0; i < rows; i++)
        {
            var group = i < rows / 2 ? (i % 3 == 0 ? "b" : "a") : (i % 5 == 0 ? "a" : "c");
            text.Append(CultureInfo.InvariantCulture, $"{(i * 37 % 1000) + 1},{i % 3 % 2},{group}\n");
        }

        var plain = text.ToString();
        File.WriteAllText(_file, plain);
        var fast = CliRun.Of("survival", "km", "--input", _file, "--time", "time", "--event", "status", "--group", "group");
        File.WriteAllText(_file, plain.Replace("\n1,", "\n\"1\",", StringComparison.Ordinal));
        var general = CliRun.Of("survival", "km", "--input", _file, "--time", "time", "--event", "status", "--group", "group");

        Assert.Equal(0, fast.ExitCode);
        Assert.Equal(general.Output, fast.Output);
        Assert.Contains("\"c\"", fast.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cox_LargeFileFaultInLastPart_ReportedAtItsLine()
    {
        var text = new System.Text.StringBuilder("time,status,x\n");
        for (var i = 0; i < 300_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{i % 2},{i % 7}.25\n");
        }

        text.Append("5,1,oops\n");

        var run = Cox(text.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(_file + ":300002:x: 'oops' is not a number", run.Error, StringComparison.Ordinal);
    }

    private CliRun Cox(string csv)
    {
        File.WriteAllText(_file, csv);
        return CliRun.Of("survival", "cox", "--input", _file, "--time", "time", "--event", "status", "--covariates", "x");
    }
}
