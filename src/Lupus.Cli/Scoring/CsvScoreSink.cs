using CsvHelper;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes one CSV row per record: <c>id</c>, the instrument's scalar outputs, then <c>errors</c>.</summary>
internal sealed class CsvScoreSink(TextWriter output, string source) : IScoreSink
{
    private readonly CsvWriter _csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
    private IInstrument? _instrument;
    private ScalarRowWriter? _row;

    public void Write(string id, IInstrument instrument, InstrumentResult result)
    {
        if (_instrument is null)
        {
            _instrument = instrument;
            _row = new ScalarRowWriter([.. instrument.ScalarOutputs, "errors"]);
            _csv.WriteField("id");
            foreach (var column in _row.Columns)
            {
                _csv.WriteField(column);
            }

            _csv.EndRecord();
        }
        else if (!ReferenceEquals(_instrument, instrument))
        {
            throw CliInputException.At(source, null, null,
                $"record '{id}' is scored with {instrument.Info.Name} but CSV output holds one instrument ({_instrument.Info.Name}); use --format json");
        }

        var row = _row!;
        row.Reset();
        result.WriteTo(row);
        _csv.WriteField(id);
        foreach (var value in row.Values)
        {
            _csv.WriteField(value);
        }

        _csv.EndRecord();
    }

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
