using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>Whether a visit meets the DORIS 2021 definition of remission.</summary>
public sealed record DorisResult : InstrumentResult
{
    public DorisResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Remission; null when any input was missing.</summary>
    public bool? Remission { get; init; }

    /// <summary>SLEDAI-2K without the serological descriptors; null when the list was not given.</summary>
    public int? ClinicalSledai2k { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "remission", "clinical_sledai2k", "missing"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("remission", Remission);
        writer.WholeNumber("clinical_sledai2k", ClinicalSledai2k);
        writer.TextSet("missing", Missing);
    }
}
