using System.Text.Json;

namespace Lupus.Cli.Tests.Evidence;

/// <summary><c>lupus evidence</c> end to end: outputs, files written to --out, and located errors.</summary>
public sealed class EvidenceCommandTests
{
    private static readonly string Bundled = Path.Combine(AppContext.BaseDirectory, "data", "msc-sle-studies.csv");

    [Fact]
    public void Evidence_Out_WritesForestPlotsHtmlFragmentAndJson()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of("evidence", "--out", dir.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var files = Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("forest-sledai-mc.svg", files);
        Assert.Contains("forest-proteinuria_24h-smcr.svg", files);
        Assert.Contains("forest-survival-pft.svg", files);
        Assert.Equal(14, files.Length);
        var html = File.ReadAllText(Path.Combine(dir.Path, "evidence.html"));
        Assert.StartsWith("<section class=\"evidence\">", html, StringComparison.Ordinal);
        Assert.Equal(12, html.Split("<figure class=\"evidence-forest\"><svg").Length - 1);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Contains("Published pooled figures (published, not recomputed)", html, StringComparison.Ordinal);
        Assert.Contains("excluded: overlapping cohort", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_PngPlots_AreWrittenAsPng()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of("evidence", "--out", dir.Path, "--plot-format", "png");

        Assert.True(run.ExitCode == 0, run.Error);
        var png = File.ReadAllBytes(Path.Combine(dir.Path, "forest-relapse-plo.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public void Evidence_Text_SummarisesPooledAnalysesAndListsUnpooledRows()
    {
        var run = CliRun.Of("evidence");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("SLEDAI (pre/post): 3 studies, 44 patients", run.Output, StringComparison.Ordinal);
        Assert.Contains("Overall survival: 3 studies, 119 patients", run.Output, StringComparison.Ordinal);
        Assert.Contains("line  42  wen2019         sledai_median                not pooled: reports medians, not means ± SD", run.Output, StringComparison.Ordinal);
        Assert.Contains("liu2018: self-controlled and randomised studies; SLEDAI, C3, proteinuria; 8 studies, 213 patients; estimate not held", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_Json_GivesEveryInputRowAFate()
    {
        var run = CliRun.Of("evidence", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(File.ReadAllLines(Bundled).Length - 1, rows.Count);
        Assert.Equal(18, rows.Count(r => r.GetProperty("status").GetString() == "pooled"));
        Assert.All(json.RootElement.GetProperty("published").EnumerateArray(), p => Assert.Equal("published, not recomputed", p.GetProperty("status").GetString()));
    }

    [Fact]
    public void Evidence_RiChanged_ChangesTheMainFit()
    {
        var run = CliRun.Of("evidence", "--format", "json", "--ri", "0.8");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var fit = json.RootElement.GetProperty("analyses")[0].GetProperty("fits")[0];
        Assert.Equal(0.8, fit.GetProperty("correlation").GetDouble());
    }

    [Fact]
    public void Evidence_BadCount_ExitsTwoNamingFileLineAndColumn()
    {
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(Bundled);
        lines[12] = lines[12].Replace(",82,87,", ",82.5,87,", StringComparison.Ordinal);
        var input = dir.File("studies.csv", string.Join('\n', lines));

        var run = CliRun.Of("evidence", "--input", input, "--out", Path.Combine(dir.Path, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lupus: error: {input}:13:events: must be a whole number ≥ 0", run.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void Evidence_RiOutOfRange_ExitsTwo()
    {
        var run = CliRun.Of("evidence", "--ri", "1.2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("lupus: error: --ri: correlation must lie in [-1, 1]", run.Error.Trim());
    }

    [Fact]
    public void Evidence_MissingInput_ExitsTwo()
    {
        var run = CliRun.Of("evidence", "--input", "/nonexistent/studies.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("lupus: error: /nonexistent/studies.csv: file not found", run.Error.Trim());
    }
}
