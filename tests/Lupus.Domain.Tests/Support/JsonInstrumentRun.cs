using System.Text.Json;
using System.Text.Json.Nodes;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Tests.Support;

/// <summary>Runs an instrument on a JSON input, the way the case file and the command line do.</summary>
public static class JsonInstrumentRun
{
    /// <summary>The result, invalid with the reader's errors when the JSON could not be read.</summary>
    public static InstrumentResult Result(IInstrument instrument, string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<InputError>();
        var record = InputReader.FromJson(document.RootElement, instrument.Schema, errors);
        return errors.Count > 0 ? new InvalidResult(instrument.Info, errors) : instrument.Evaluate(record);
    }

    /// <summary>The result's output keys as a JSON object.</summary>
    public static JsonObject Output(IInstrument instrument, string json) => ResultJson.Of(Result(instrument, json));

    /// <summary>Members of a set-valued output key.</summary>
    public static IReadOnlyList<string> Set(JsonObject output, string key) =>
        output[key]?.AsArray().Select(n => (string)n!).ToArray() ?? [];
}
