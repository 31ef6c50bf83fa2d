using System.Text.Json;
using System.Text.Json.Nodes;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Classification;

/// <summary>Runs an instrument on a JSON input the way the case runner does, returning its JSON output.</summary>
internal static class JsonRun
{
    public static JsonObject Of(IInstrument instrument, string json) => ResultJson.Of(Result(instrument, json));

    public static InstrumentResult Result(IInstrument instrument, string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<InputError>();
        var record = InputReader.FromJson(document.RootElement, instrument.Schema, errors);
        return errors.Count > 0 ? new InvalidResult(instrument.Info, errors) : instrument.Evaluate(record);
    }

    /// <summary>Flattens a JSON output to the scalar keys of tabular output (<c>object.key</c>).</summary>
    public static IReadOnlyList<string> ScalarKeys(JsonObject output) =>
        output.SelectMany(p => p.Value is JsonObject nested
            ? nested.Select(n => p.Key + "." + n.Key)
            : [p.Key]).ToList();
}
