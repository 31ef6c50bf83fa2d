using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Flare;

/// <summary>A flare category with the criteria that set it.</summary>
public sealed record SelenaFlareResult : InstrumentResult
{
    public SelenaFlareResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>The category; null when any input was missing.</summary>
    public FlareCategory? Category { get; init; }

    /// <summary>Criteria met at the reported level (trigger names of the specification); null when not assessable.</summary>
    public IReadOnlyList<string>? Triggers { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } = ["valid", "flare_category", "triggers", "missing"];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Text("flare_category", Category switch
        {
            FlareCategory.None => "none",
            FlareCategory.MildModerate => "mild_moderate",
            FlareCategory.Severe => "severe",
            _ => null,
        });
        writer.TextSet("triggers", Triggers);
        writer.TextSet("missing", Missing);
    }
}
