using System.Text.Json;

namespace Lupus.Cli.Tests.Meta;

/// <summary>
/// <c>lupus meta</c> against metafor on published datasets: each case in TestData/meta/expected was produced by
/// make-fixtures.R; every field R reports must agree to 1e-6 relative.
/// </summary>
public sealed class MetaFixtureTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "meta");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Meta_MetaforFixture_AgreesWithinTolerance(string name)
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "expected", name + ".json")));
        var csv = Path.Combine(Root, fixture.RootElement.GetProperty("csv").GetString()!);
        var args = fixture.RootElement.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LupusApp.Run(["meta", "--input", csv, .. args], output, error);

        Assert.True(exit == 0, error.ToString());
        using var actual = JsonDocument.Parse(output.ToString());
        var problems = JsonExpectation.Differences(fixture.RootElement.GetProperty("expected"), actual.RootElement);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(25)));
    }
}
