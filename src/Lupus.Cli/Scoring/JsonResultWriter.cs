using System.Text.Json;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes a result's keys as members of the current JSON object.</summary>
internal sealed class JsonResultWriter(Utf8JsonWriter json) : IResultWriter
{
    public void Bool(string key, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    public void WholeNumber(string key, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    public void Number(string key, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    public void Text(string key, string? value)
    {
        if (value is null)
        {
            json.WriteNull(key);
        }
        else
        {
            json.WriteString(key, value);
        }
    }

    public void TextSet(string key, IEnumerable<string>? values)
    {
        if (values is null)
        {
            json.WriteNull(key);
            return;
        }

        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public void BeginObject(string key) => json.WriteStartObject(key);

    public void EndObject() => json.WriteEndObject();

    public void NullObject(string key) => json.WriteNull(key);
}
