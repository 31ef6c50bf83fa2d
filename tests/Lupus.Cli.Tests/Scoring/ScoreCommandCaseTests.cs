using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lupus.Cli.Tests.Scoring;

/// <summary>Every worked case of the specification, through <c>lupus score</c> in one batch.</summary>
public sealed class ScoreCommandCaseTests
{
    private static readonly Lazy<(JsonArray Cases, JsonArray Output)> Batch = new(RunBatch);

    public static TheoryData<string> CaseIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in JsonNode.Parse(File.ReadAllText(SharedSpec.InstrumentCases))!.AsArray())
            {
                data.Add((string)c!["id"]!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Score_WorkedCase_ResultMatchesExpected(string id)
    {
        var (cases, output) = Batch.Value;
        var index = cases.Select((c, i) => (Id: c!["id"]!.GetValue<string>(), i)).Single(p => p.Id == id).i;
        var expected = cases[index]!["expected"]!.AsObject();
        var record = output[index]!.AsObject();

        Assert.Equal(id, (string)record["id"]!);
        Assert.Equal((string)cases[index]!["instrument"]!, (string)record["instrument"]!);
        var result = record["result"]!.AsObject();
        foreach (var (key, value) in expected)
        {
            Assert.True(result.ContainsKey(key), $"{id}: key {key} missing");
            Assert.True(Same(key, value, result[key]), $"{id}: {key} expected {value?.ToJsonString()}, got {result[key]?.ToJsonString()}");
        }
    }

    private static (JsonArray, JsonArray) RunBatch()
    {
        var run = CliRun.Of("score", "--input", SharedSpec.InstrumentCases, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var cases = JsonNode.Parse(File.ReadAllText(SharedSpec.InstrumentCases))!.AsArray();
        return (cases, JsonNode.Parse(run.Output)!.AsArray());
    }

    private static bool Same(string key, JsonNode? expected, JsonNode? actual) => expected switch
    {
        null => actual is null,
        JsonArray e => actual is JsonArray a && e.Select(n => n!.ToJsonString()).ToHashSet().SetEquals(a.Select(n => n!.ToJsonString())),
        JsonObject o => actual is JsonObject ao && o.All(p => ao.ContainsKey(p.Key) && Same(p.Key, p.Value, ao[p.Key])),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => actual is JsonValue av && av.GetValueKind() == JsonValueKind.Number
            && (key == "proteinuria_reduction_percent"
                ? Math.Round(Decimal(v), 1) == Math.Round(Decimal(av), 1)
                : Decimal(v) == Decimal(av)),
        _ => actual is not null && expected.ToJsonString() == actual.ToJsonString(),
    };

    private static decimal Decimal(JsonValue value) => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
