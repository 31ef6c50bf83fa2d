using System.Text.Json;

namespace Lupus.Interchange.Redcap;

/// <summary>Key lines of a JSON mapping, from the reader's byte offsets (JSON documents carry no line numbers).</summary>
internal static class JsonMappingLines
{
    /// <summary>Lines of the keys read before any syntax error; the serializer reports the error itself.</summary>
    public static Dictionary<string, long> Read(byte[] utf8)
    {
        var newlines = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        var reader = new Utf8JsonReader(utf8);
        try
        {
            while (reader.Read())
            {
                var line = LineAt(newlines, reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = Join(containers.Peek().Path, reader.GetString()!);
                    lines.TryAdd(property, line);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }

                var path = property ?? ElementPath(containers, lines, line);
                property = null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // The serializer reads the same text and reports the error with its position.
        }

        return lines;
    }

    private static string ElementPath(Stack<(string Path, bool IsArray, int Next)> containers, Dictionary<string, long> lines, long line)
    {
        if (containers.Count == 0 || !containers.Peek().IsArray)
        {
            return "";
        }

        var (parent, isArray, next) = containers.Pop();
        containers.Push((parent, isArray, next + 1));
        var path = $"{parent}[{next}]";
        lines.TryAdd(path, line);
        return path;
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    private static long LineAt(List<long> newlines, long offset)
    {
        var index = newlines.BinarySearch(offset);
        return (index < 0 ? ~index : index) + 1;
    }
}
