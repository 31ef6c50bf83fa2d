using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lupus.Cli.Meta;

/// <summary>
/// JSON for one report serialised on its own (so that groups can be serialised in parallel), and the ordered
/// concatenation that yields exactly the text of one indented writer over the whole array.
/// </summary>
internal static class MetaJsonChunks
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as an indented JSON object at depth 0.</summary>
    public static byte[] Serialize(MetaReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            MetaJsonWriter.Write(json, report);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the objects, as an array when <paramref name="asArray"/> (each object indented one level, as the writer
    /// would nest it: a raw newline only occurs between tokens, since strings escape it), then a final newline.
    /// </summary>
    public static void WriteAll(Stream stream, IReadOnlyList<byte[]> chunks, bool asArray)
    {
        if (!asArray)
        {
            foreach (var chunk in chunks)
            {
                stream.Write(chunk);
            }

            stream.WriteByte((byte)'\n');
            return;
        }

        stream.WriteByte((byte)'[');
        for (var i = 0; i < chunks.Count; i++)
        {
            stream.Write(i == 0 ? "\n  "u8 : ",\n  "u8);
            WriteIndented(stream, chunks[i]);
        }

        stream.Write(chunks.Count == 0 ? "]\n"u8 : "\n]\n"u8);
    }

    private static void WriteIndented(Stream stream, ReadOnlySpan<byte> chunk)
    {
        int newline;
        while ((newline = chunk.IndexOf((byte)'\n')) >= 0)
        {
            stream.Write(chunk[..(newline + 1)]);
            stream.Write("  "u8);
            chunk = chunk[(newline + 1)..];
        }

        stream.Write(chunk);
    }
}
