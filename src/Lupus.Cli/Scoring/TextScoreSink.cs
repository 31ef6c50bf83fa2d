using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes each record as a readable block.</summary>
internal sealed class TextScoreSink(TextWriter output) : IScoreSink
{
    private readonly TextResultWriter _writer = new(output);

    public void Write(string id, IInstrument instrument, InstrumentResult result) => _writer.WriteRecord(id, result);

    public void Complete() => output.Flush();

    public void Dispose()
    {
    }
}
