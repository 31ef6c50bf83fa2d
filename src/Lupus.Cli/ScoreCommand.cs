using System.CommandLine;
using System.Text;
using Lupus.Cli.Common;
using Lupus.Cli.Scoring;
using Lupus.Domain.Instruments;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli;

/// <summary><c>lupus score</c>: scores instrument inputs from JSON (worked-case format) or CSV (one instrument, streamed).</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "JSON array of {id, instrument, input} records, or a CSV file of one instrument's fields", Required = true };
        var instrument = new Option<string?>("--instrument") { Description = "Instrument name (required for CSV): " + InstrumentCatalog.Names };
        var format = new Option<string?>("--format") { Description = "Output format: json, csv or text (default: json for JSON input, csv for CSV input)" };
        format.AcceptOnlyFromAmong("json", "csv", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)" };
        var explain = new Option<bool>("--explain") { Description = "Add each result's contributions, definition and citation (JSON)" };
        var command = new Command("score", "Score SLE instruments (SLEDAI-2K, BILAG-2004, SRI-4, SDI, ...) for each input record")
        {
            input, instrument, format, output, explain,
        };
        command.SetAction(parse =>
        {
            var settings = new ScoreSettings(
                parse.GetValue(input)!,
                parse.GetValue(instrument),
                parse.GetValue(format) is { } f ? Enum.Parse<ScoreFormat>(f, ignoreCase: true) : null,
                parse.GetValue(output),
                parse.GetValue(explain));
            return Run(settings, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    internal static int Run(ScoreSettings settings, TextWriter console)
    {
        if (!File.Exists(settings.Input))
        {
            throw CliInputException.At(settings.Input, null, null, "file not found");
        }

        IInstrument? forced = null;
        if (settings.Instrument is { } name && !InstrumentCatalog.TryGet(name, out forced))
        {
            throw CliInputException.At(null, null, "--instrument", $"unknown instrument '{name}'; known: {InstrumentCatalog.Names}");
        }

        var isJson = IsJson(settings.Input);
        if (!isJson && forced is null)
        {
            throw CliInputException.At(settings.Input, null, null, "CSV input needs --instrument NAME");
        }

        var format = settings.Format ?? (isJson ? ScoreFormat.Json : ScoreFormat.Csv);
        var temporary = settings.Output is null ? null : settings.Output + ".partial";
        try
        {
            using (var stream = temporary is null ? null : new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var text = stream is null ? null : new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                var writer = text ?? console;
                using var sink = CreateSink(format, settings, stream, writer);
                if (isJson)
                {
                    JsonScoreSource.Score(settings.Input, forced, sink);
                }
                else
                {
                    CsvScoreSource.Score(settings.Input, forced!, sink);
                }

                sink.Complete();
                writer.Flush();
            }

            // The output appears only once complete: a failed batch never leaves a half-written file.
            if (temporary is not null)
            {
                File.Move(temporary, settings.Output!, overwrite: true);
            }
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return ExitCodes.Success;
    }

    private static IScoreSink CreateSink(ScoreFormat format, ScoreSettings settings, Stream? stream, TextWriter writer) => format switch
    {
        ScoreFormat.Json => stream is null
            ? new JsonScoreSink(new TextWriterStream(writer), settings.Explain)
            : new JsonScoreSink(stream, settings.Explain),
        ScoreFormat.Csv => new CsvScoreSink(writer, settings.Input),
        _ => new TextScoreSink(writer),
    };

    private static bool IsJson(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(path);
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
        {
        }

        return c is '[' or '{';
    }
}
