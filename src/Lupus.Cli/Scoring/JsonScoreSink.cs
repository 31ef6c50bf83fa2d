using System.Text.Encodings.Web;
using System.Text.Json;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes <c>[{"id", "instrument", "result": {...}}]</c>; with <c>explain</c>, adds an <c>explanation</c> object.</summary>
internal sealed class JsonScoreSink : IScoreSink
{
    private readonly Utf8JsonWriter _json;
    private readonly JsonResultWriter _writer;
    private readonly bool _explain;

    public JsonScoreSink(Stream output, bool explain)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer = new JsonResultWriter(_json);
        _explain = explain;
        _json.WriteStartArray();
    }

    public void Write(string id, IInstrument instrument, InstrumentResult result)
    {
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("instrument", instrument.Info.Name);
        _json.WriteStartObject("result");
        result.WriteTo(_writer);
        _json.WriteEndObject();
        if (_explain)
        {
            WriteExplanation(result);
        }

        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteExplanation(InstrumentResult result)
    {
        var info = result.Instrument;
        _json.WriteStartObject("explanation");
        _json.WriteString("definition", info.Version);
        _json.WriteString("citation", info.Citation);
        _json.WriteString("verification", info.Verification.ToString());
        _json.WriteBoolean("provisional", info.Provisional);
        _json.WriteStartArray("contributions");
        foreach (var c in result.Contributions)
        {
            _json.WriteStartObject();
            _json.WriteString("item", c.Item);
            _json.WriteNumber("points", c.Points);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }
}
