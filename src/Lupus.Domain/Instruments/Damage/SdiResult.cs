using Lupus.Domain.Instruments.Classification;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Damage;

/// <summary>An SDI total with its domain scores.</summary>
public sealed record SdiResult : InstrumentResult
{
    public SdiResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Total damage, 0-47.</summary>
    public int TotalScore => DomainScores.Total;

    public required DomainScores DomainScores { get; init; }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "total_score", .. DomainScores.ScalarKeys(SdiItems.Domains.Select(d => d.Key))];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("total_score", TotalScore);
        DomainScores.Write(writer);
    }
}
