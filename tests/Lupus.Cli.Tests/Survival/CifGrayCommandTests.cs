using System.Text.Json;

namespace Lupus.Cli.Tests.Survival;

/// <summary>Gray's test in <c>lupus survival cif</c>: output shapes and bad options (the numbers are checked by the gray-* fixtures).</summary>
public sealed class CifGrayCommandTests : IDisposable
{
    private const string Csv = "time,status,arm,site\n1,1,A,x\n2,2,B,x\n2,1,A,y\n3,0,B,y\n4,1,B,x\n5,2,A,y\n6,1,A,x\n7,0,B,y\n8,2,B,x\n9,1,A,NA\n";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lupus-cif-gray-{Guid.NewGuid():N}.csv");

    public CifGrayCommandTests() => File.WriteAllText(_file, Csv);

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Cif_WithoutGroup_GrayIsNull()
    {
        var (exit, output, _) = Run();

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("gray").ValueKind);
        Assert.True(json.RootElement.TryGetProperty("causes", out _));
    }

    [Fact]
    public void Cif_WithGroup_OneTestPerCause()
    {
        var (exit, output, _) = Run("--group", "arm");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var gray = json.RootElement.GetProperty("gray").EnumerateArray().ToArray();
        Assert.Equal(["1", "2"], gray.Select(t => t.GetProperty("cause").GetString()));
        Assert.All(gray, t => Assert.Equal(1, t.GetProperty("df").GetInt32()));
        Assert.All(gray, t => Assert.InRange(t.GetProperty("p").GetDouble(), 0, 1));
    }

    [Fact]
    public void Cif_StrataDropsRowsWithMissingStratum()
    {
        var (exit, output, _) = Run("--group", "arm", "--strata", "site", "--rho", "1");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("n_dropped").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("gray").GetArrayLength());
    }

    [Fact]
    public void Cif_Text_PrintsGrayTable()
    {
        var (exit, output, _) = Run("--group", "arm", "--rho", "1", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("Gray's test between groups (rho = 1):", output, StringComparison.Ordinal);
        Assert.Contains("cause 2 ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rho", "-1", "--rho: rho must be a finite number of 0 or more")]
    [InlineData("--strata", "site", "--strata: --strata needs --group")]
    public void Cif_BadOption_ExitsTwo(string option, string value, string message)
    {
        var (exit, output, error) = Run(option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    private (int Exit, string Output, string Error) Run(params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = LupusApp.Run(["survival", "cif", "--input", _file, "--time", "time", "--status", "status", .. extra], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
