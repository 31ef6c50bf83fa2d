using System.Text;
using System.Text.Json;
using Lupus.Cli.Common;

namespace Lupus.Cli.Survival;

/// <summary>Writes a result as JSON or text to standard output or, atomically, to a file.</summary>
internal static class SurvivalOutput
{
    public static void Write(string? output, TextWriter console, SurvivalFormat format, Action<Utf8JsonWriter> json, Action<TextWriter> text)
    {
        var temporary = output is null ? null : output + ".partial";
        try
        {
            using (Stream stream = temporary is null ? new TextWriterStream(console) : new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                if (format == SurvivalFormat.Json)
                {
                    using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                    json(writer);
                    writer.Flush();
                    stream.WriteByte((byte)'\n');
                }
                else
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    text(writer);
                }

                stream.Flush();
            }

            // The file appears only once complete.
            if (temporary is not null)
            {
                File.Move(temporary, output!, overwrite: true);
            }
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A number, or null where it is missing, NaN or infinite (JSON has neither).</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteTest(this Utf8JsonWriter writer, string name, Lupus.Statistics.Survival.ChiSquareTest? test)
    {
        if (test is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumberOrNull("chisq", test.ChiSquare);
        writer.WriteNumber("df", test.DegreesOfFreedom);
        writer.WriteNumberOrNull("p", test.PValue);
        writer.WriteEndObject();
    }

    /// <summary>Invariant, round-trip text for a number; "NA" where missing.</summary>
    public static string Text(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : "NA";
}
