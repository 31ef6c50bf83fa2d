using System.Text;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes one CSV row per record: <c>id</c>, the instrument's scalar outputs, then <c>errors</c>.</summary>
/// <remarks>Rows are RFC 4180: a field holding a comma, quote or line break is quoted with inner quotes doubled.</remarks>
internal sealed class CsvScoreSink(TextWriter output, string source) : IBatchFormattingSink
{
    private IInstrument? _instrument;

    public void Write(string id, IInstrument instrument, InstrumentResult result) =>
        WriteFormatted(instrument, Format(instrument, [id], [result]));

    public string Format(IInstrument instrument, string[] ids, InstrumentResult[] results)
    {
        var row = new ScalarRowWriter(Columns(instrument));
        var text = new StringBuilder(ids.Length * 96);
        for (var i = 0; i < ids.Length; i++)
        {
            row.Reset();
            results[i].WriteTo(row);
            AppendField(text, ids[i]);
            foreach (var value in row.Values)
            {
                text.Append(',');
                AppendField(text, value);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public void WriteFormatted(IInstrument instrument, string block)
    {
        if (_instrument is null)
        {
            _instrument = instrument;
            var header = new StringBuilder("id");
            foreach (var column in Columns(instrument))
            {
                header.Append(',');
                AppendField(header, column);
            }

            output.Write(header.Append('\n'));
        }
        else if (!ReferenceEquals(_instrument, instrument))
        {
            throw CliInputException.At(source, null, null,
                $"records of {instrument.Info.Name} and {_instrument.Info.Name} cannot share one CSV output; use --format json");
        }

        output.Write(block);
    }

    public void Complete() => output.Flush();

    public void Dispose()
    {
    }

    private static string[] Columns(IInstrument instrument) => [.. instrument.ScalarOutputs, "errors"];

    private static void AppendField(StringBuilder text, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
