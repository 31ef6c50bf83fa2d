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

    /// <summary>Total damage, 0-47; null when the form was not completed at all.</summary>
    public int? TotalScore => DomainScores?.Total;

    /// <summary>Score of each domain; null when the form was not completed at all.</summary>
    public DomainScores? DomainScores { get; init; }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "total_score", .. DomainScores.ScalarKeys(SdiItems.Domains.Select(d => d.Key))];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("total_score", TotalScore);
        if (DomainScores is null)
        {
            writer.NullObject(DomainScores.Key);
        }
        else
        {
            DomainScores.Write(writer);
        }
    }
}
