using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lupus.Domain.Tests.Support;

/// <summary>One worked case of <c>instrument-cases.json</c>.</summary>
public sealed record InstrumentCase(string Id, string Instrument, JsonElement Input, JsonObject Expected, string Reason)
{
    private static readonly Lazy<IReadOnlyList<InstrumentCase>> All = new(Load);

    public static IReadOnlyList<InstrumentCase> Cases => All.Value;

    public static TheoryData<string> Ids(string? instrument = null)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => instrument is null || c.Instrument == instrument))
        {
            data.Add(c.Id);
        }

        return data;
    }

    public static InstrumentCase Get(string id) => Cases.Single(c => c.Id == id);

    public override string ToString() => Id;

    private static List<InstrumentCase> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFiles.InstrumentCases));
        return document.RootElement.EnumerateArray().Select(e => new InstrumentCase(
            e.GetProperty("id").GetString()!,
            e.GetProperty("instrument").GetString()!,
            e.GetProperty("input").Clone(),
            JsonNode.Parse(e.GetProperty("expected").GetRawText())!.AsObject(),
            e.TryGetProperty("reason", out var r) ? r.GetString() ?? string.Empty : string.Empty)).ToList();
    }
}
