using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Receives scored records in input order and writes them in one output format.</summary>
internal interface IScoreSink : IDisposable
{
    void Write(string id, IInstrument instrument, InstrumentResult result);

    /// <summary>Completes the output (closing brackets, flushing).</summary>
    void Complete();
}
