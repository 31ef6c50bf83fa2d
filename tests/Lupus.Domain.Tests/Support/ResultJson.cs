using System.Text.Json.Nodes;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Tests.Support;

/// <summary>Turns a result into a JSON object through its writer, as every output format sees it.</summary>
public sealed class ResultJson : IResultWriter
{
    private readonly Stack<JsonObject> _objects = new();

    private ResultJson() => _objects.Push([]);

    public static JsonObject Of(InstrumentResult result)
    {
        var writer = new ResultJson();
        result.WriteTo(writer);
        return writer._objects.Single();
    }

    public void Bool(string key, bool? value) => _objects.Peek()[key] = value;

    public void WholeNumber(string key, int? value) => _objects.Peek()[key] = value;

    public void Number(string key, decimal? value) => _objects.Peek()[key] = value;

    public void Text(string key, string? value) => _objects.Peek()[key] = value;

    public void TextSet(string key, IEnumerable<string>? values) =>
        _objects.Peek()[key] = values is null ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public void BeginObject(string key)
    {
        var child = new JsonObject();
        _objects.Peek()[key] = child;
        _objects.Push(child);
    }

    public void EndObject() => _objects.Pop();

    public void NullObject(string key) => _objects.Peek()[key] = null;
}
