using System.Globalization;
using System.Text.Json;
using Lupus.Domain.Instruments;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Scores a JSON array of <c>{"id", "instrument", "input"}</c> records (the worked-case format).</summary>
internal static class JsonScoreSource
{
    public static void Score(string path, IInstrument? forced, IScoreSink sink)
    {
        using var document = Parse(path);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw CliInputException.At(path, null, null, "expected a JSON array of records {\"id\", \"instrument\", \"input\"}");
        }

        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            var id = RecordId(element, index);
            var where = $"record '{id}'";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw CliInputException.At(path, where, null, "a record must be a JSON object");
            }

            var instrument = ResolveInstrument(path, where, element, forced);
            if (!element.TryGetProperty("input", out var input))
            {
                throw CliInputException.At(path, where, "input", "the record has no \"input\" object");
            }

            var errors = new List<InputError>();
            var record = InputReader.FromJson(input, instrument.Schema, errors);
            var malformed = errors.Where(e => e.Kind == InputErrorKind.Malformed).ToList();
            if (malformed.Count > 0)
            {
                throw CliInputException.At(path, where, malformed[0].Field,
                    malformed[0].Rule + (malformed.Count > 1 ? $" (and {malformed.Count - 1} more error(s) in this record)" : string.Empty));
            }

            var result = errors.Count > 0 ? new InvalidResult(instrument.Info, errors) : instrument.Evaluate(record);
            sink.Write(id, instrument, result);
        }
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (l + 1).ToString(CultureInfo.InvariantCulture) : null;
            throw CliInputException.At(path, line, null, "malformed JSON: " + e.Message);
        }
    }

    private static string RecordId(JsonElement element, int index)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id))
        {
            return id.ValueKind switch
            {
                JsonValueKind.String => id.GetString()!,
                JsonValueKind.Number => id.GetRawText(),
                _ => $"#{index}",
            };
        }

        return $"#{index}";
    }

    private static IInstrument ResolveInstrument(string path, string where, JsonElement element, IInstrument? forced)
    {
        if (!element.TryGetProperty("instrument", out var name) || name.ValueKind == JsonValueKind.Null)
        {
            return forced ?? throw CliInputException.At(path, where, "instrument", "the record names no instrument; add \"instrument\" or pass --instrument");
        }

        if (name.ValueKind != JsonValueKind.String || !InstrumentCatalog.TryGet(name.GetString()!, out var instrument))
        {
            throw CliInputException.At(path, where, "instrument", $"unknown instrument {name.GetRawText()}; known: {InstrumentCatalog.Names}");
        }

        if (forced is not null && !ReferenceEquals(forced, instrument))
        {
            throw CliInputException.At(path, where, "instrument", $"the record is for {instrument.Info.Name} but --instrument {forced.Info.Name} was given");
        }

        return instrument;
    }
}
