using System.Text.Json;
using System.Text.Json.Nodes;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Bilag;

/// <summary>Runs an instrument on JSON text the way the platform reads it, and builds grade dictionaries.</summary>
internal static class InstrumentRun
{
    public static InstrumentResult Result(IInstrument instrument, string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<InputError>();
        var record = InputReader.FromJson(document.RootElement, instrument.Schema, errors);
        return errors.Count > 0 ? new InvalidResult(instrument.Info, errors) : instrument.Evaluate(record);
    }

    public static JsonObject Json(IInstrument instrument, string json) => ResultJson.Of(Result(instrument, json));

    /// <summary>A grade dictionary as JSON from letters in domain order; '-' leaves a domain out.</summary>
    public static string Grades(string letters)
    {
        string[] keys =
        [
            "constitutional", "mucocutaneous", "neuropsychiatric", "musculoskeletal", "cardiorespiratory",
            "gastrointestinal", "ophthalmic", "renal", "haematological",
        ];
        var parts = keys.Zip(letters).Where(p => p.Second != '-').Select(p => $"\"{p.First}\": \"{p.Second}\"");
        return "{" + string.Join(", ", parts) + "}";
    }
}
