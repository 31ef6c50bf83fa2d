using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Activity;

/// <summary>A checked Physician Global Assessment.</summary>
public sealed record PgaResult : InstrumentResult
{
    public PgaResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>The assessment (0-3), or null when it was not given.</summary>
    public decimal? Pga { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "pga", "missing"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Number("pga", Pga);
        writer.TextSet("missing", Missing);
    }
}
