using System.Text.Json;

namespace Lupus.Cli.Tests.Survival;

/// <summary>Runs each case of TestData/survival (made by make-fixtures.R) through the CLI and compares every field with R.</summary>
public sealed class SurvivalFixtureTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(FixtureDirectory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => !n.StartsWith("logrank", StringComparison.Ordinal) && !n.StartsWith("probe", StringComparison.Ordinal)).Order()];

    internal static string FixtureDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lupus.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "tests", "Lupus.Statistics.Tests", "TestData", "survival");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_RFixture_JsonMatchesR(string name)
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, name + ".json"))).RootElement;
        var args = new List<string> { "survival", root.GetProperty("command").GetString()!, "--input", Path.Combine(FixtureDirectory, root.GetProperty("input").GetString()!) };
        args.AddRange(root.GetProperty("args").EnumerateArray().Select(a => a.GetString()!));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = LupusApp.Run([.. args], output, error);

        Assert.True(exit == 0, error.ToString());
        JsonMatch.Equal(root.GetProperty("expected"), JsonDocument.Parse(output.ToString()).RootElement, "$");
    }
}
