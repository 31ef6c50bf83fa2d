using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>An ACR 1997 classification: the number of criteria met and whether it reaches 4.</summary>
public sealed record Acr1997Result : InstrumentResult
{
    public Acr1997Result(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    public int CriteriaCount { get; init; }

    public bool ClassifiedSle => CriteriaCount >= Acr1997Criteria.Threshold;

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("criteria_count", CriteriaCount);
        writer.Bool("classified_sle", ClassifiedSle);
    }
}
