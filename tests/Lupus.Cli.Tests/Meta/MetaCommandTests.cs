using System.Text.Json;

namespace Lupus.Cli.Tests.Meta;

public sealed class MetaCommandTests : IDisposable
{
    private static readonly string Bcg = Path.Combine(AppContext.BaseDirectory, "TestData", "meta", "bcg.csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("lupus-meta-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = LupusApp.Run(["meta", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Csv(string content)
    {
        var path = Path.Combine(_dir, $"in{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Meta_DefaultJson_HasEveryDocumentedKey()
    {
        var (exit, output, _) = Run("--input", Bcg, "--measure", "RR");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        string[] keys = ["k", "measure", "method", "test", "estimate", "se", "statistic", "p", "ci_lower", "ci_upper", "pi_lower", "pi_upper",
            "tau2", "tau2_se", "tau2_ci", "i2", "h2", "q", "q_df", "q_p", "egger", "transformed", "converged", "studies"];
        Assert.All(keys, k => Assert.True(json.RootElement.TryGetProperty(k, out _), k));
        Assert.Equal("REML", json.RootElement.GetProperty("method").GetString());
        Assert.True(json.RootElement.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void Meta_FixedEffects_WritesNullForRandomEffectsFields()
    {
        var (exit, output, _) = Run("--input", Bcg, "--measure", "OR", "--method", "FE");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        foreach (var key in new[] { "pi_lower", "pi_upper", "tau2_se", "tau2_ci" })
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty(key).ValueKind);
        }
    }

    [Fact]
    public void Meta_By_WritesOneObjectPerGroupWithGroupKey()
    {
        var (exit, output, _) = Run("--input", Bcg, "--measure", "RR", "--by", "alloc");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var groups = json.RootElement.EnumerateArray().Select(e => e.GetProperty("group").GetString()).ToArray();
        Assert.Equal(["random", "alternate", "systematic"], groups);
    }

    [Theory]
    [InlineData("--measure", "XYZ", "--measure: unknown measure 'XYZ'")]
    [InlineData("--method", "BOGUS", "--method: unknown method 'BOGUS'")]
    public void Meta_UnknownOptionValue_ExitsTwo(string option, string value, string expected)
    {
        var args = option == "--measure" ? new[] { "--input", Bcg, option, value } : ["--input", Bcg, "--measure", "RR", option, value];

        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_MissingColumn_NamesFileAndColumn()
    {
        var (exit, _, error) = Run("--input", Bcg, "--measure", "MD");

        Assert.Equal(2, exit);
        Assert.Contains("bcg.csv:1:m1i: required column is missing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("study,ai,bi,ci,di\nA,1,2,3,4\nB,x,2,3,4\n", "RR", ":3:ai: 'x' is not a number")]
    [InlineData("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,1,-2,10,1,1,10\n", "MD", ":2:sd1i: SD must not be negative")]
    [InlineData("study,xi,ni\nA,3,0\n", "PR", ":2:ni: n must be positive")]
    [InlineData("study,xi,ni\nA,3,10\nB,12,10\n", "PLO", ":3:xi: events exceed n")]
    [InlineData("study,ai,n1i,ci,n2i\nA,11,10,3,10\n", "OR", ":2:ai: events exceed n")]
    [InlineData("study,yi,vi\nA,0.1,-0.2\n", "GEN", ":2:vi: sampling variance must be positive")]
    [InlineData("study,yi,vi\nA,,0.2\nB,0.3,\n", "GEN", "no study has all required values (k = 0)")]
    public void Meta_BadCell_ExitsTwoWithLocation(string csv, string measure, string expected)
    {
        var path = Csv(csv);

        var (exit, _, error) = Run("--input", path, "--measure", measure);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith("lupus: error: " + path, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_SingleStudy_ReportsDocumentedDegenerateFit()
    {
        var path = Csv("study,yi,vi\nA,0.5,0.1\n");

        var (exit, output, _) = Run("--input", path, "--measure", "GEN");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0.5, root.GetProperty("estimate").GetDouble());
        Assert.Equal(0, root.GetProperty("tau2").GetDouble());
        Assert.Equal(1, root.GetProperty("q_p").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("egger").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tau2_ci").ValueKind);
    }

    [Fact]
    public void Meta_TextFormatAndPlots_WriteSummaryAndFiles()
    {
        var forest = Path.Combine(_dir, "forest.svg");
        var funnel = Path.Combine(_dir, "funnel.png");

        var (exit, output, _) = Run("--input", Bcg, "--measure", "RR", "--format", "text", "--forest", forest, "--funnel", funnel);

        Assert.Equal(0, exit);
        Assert.Contains("Random-effects model (tau^2 estimator: REML)", output, StringComparison.Ordinal);
        Assert.Contains("Test for Heterogeneity: Q(df = 12) = 152.2330", output, StringComparison.Ordinal);
        Assert.Contains("Aronson 1948", File.ReadAllText(forest), StringComparison.Ordinal);
        Assert.True(new FileInfo(funnel).Length > 1000);
    }

    [Fact]
    public void Meta_OutputFile_WritesJsonWithoutNonFiniteNumbers()
    {
        var path = Path.Combine(_dir, "out.json");

        var (exit, output, _) = Run("--input", Bcg, "--measure", "RD", "--method", "MH", "--output", path);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("MH", json.RootElement.GetProperty("method").GetString());
    }

    [Theory]
    [InlineData(new[] { "--measure", "SMD", "--method", "MH" }, "MH needs --measure RR, OR or RD")]
    [InlineData(new[] { "--measure", "RR", "--method", "PETO" }, "PETO needs --measure OR")]
    [InlineData(new[] { "--measure", "RR", "--mods", "ablat,nosuch" }, "bcg.csv:1:nosuch: required column is missing")]
    [InlineData(new[] { "--measure", "RR", "--by", "nosuch" }, "bcg.csv:1:nosuch: required column is missing")]
    [InlineData(new[] { "--measure", "RR", "--level", "120" }, "--level: level must lie between 0 and 100")]
    [InlineData(new[] { "--measure", "RR", "--forest", "plot.pdf" }, "--forest: 'plot.pdf' must end in .png or .svg")]
    public void Meta_InvalidCombination_ExitsTwo(string[] options, string expected)
    {
        var (exit, _, error) = Run(["--input", Bcg, .. options]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_RiOption_FillsMissingCorrelations()
    {
        var path = Csv("study,m1i,m2i,sd1i,sd2i,ni,ri\nA,38.5,30.6,11.6,15,20,\nB,26.8,23.5,4.1,3.1,50,0.64\n");

        var (withRi, output, _) = Run("--input", path, "--measure", "MC", "--ri", "0.5");
        var (withoutRi, partial, _) = Run("--input", path, "--measure", "MC");

        Assert.Equal(0, withRi);
        Assert.Equal(0, withoutRi);
        using var all = JsonDocument.Parse(output);
        using var one = JsonDocument.Parse(partial);
        Assert.Equal(2, all.RootElement.GetProperty("k").GetInt32());
        Assert.Equal(1, one.RootElement.GetProperty("k").GetInt32());
    }
}
