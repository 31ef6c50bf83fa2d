using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>A sink whose output for a block of records can be formatted on any thread, then written in order.</summary>
internal interface IBatchFormattingSink : IScoreSink
{
    /// <summary>Formats a block of results; must be thread-safe and free of side effects on the sink.</summary>
    string Format(IInstrument instrument, string[] ids, InstrumentResult[] results);

    /// <summary>Writes a formatted block (called in file order from one thread).</summary>
    void WriteFormatted(IInstrument instrument, string block);
}
