namespace Lupus.Domain.Instruments.Flare;

/// <summary>The change between two assessments scored by the SELENA-SLEDAI Flare Index (specification 2.2).</summary>
/// <remarks><c>null</c> always means "not assessed"; an empty feature list means "assessed, none".</remarks>
public sealed record SelenaFlareInput
{
    public int? SelenaSledaiPrevious { get; init; }

    public int? SelenaSledaiCurrent { get; init; }

    public decimal? PrednisoneEquivalentMgPerDayPrevious { get; init; }

    public decimal? PrednisoneEquivalentMgPerDayCurrent { get; init; }

    public decimal? WeightKg { get; init; }

    public decimal? PgaPrevious { get; init; }

    public decimal? PgaCurrent { get; init; }

    /// <summary>New or worse mild/moderate features (discoid, photosensitive rash, arthritis, fever ...).</summary>
    public IReadOnlyList<string>? MildFeaturesNewOrWorse { get; init; }

    /// <summary>New or worse severe features (CNS SLE, vasculitis, nephritis, myositis, platelets &lt; 60, haemolytic anaemia).</summary>
    public IReadOnlyList<string>? SevereFeaturesNewOrWorse { get; init; }

    /// <summary>NSAID or hydroxychloroquine added for lupus activity.</summary>
    public bool? AddedNsaidOrHydroxychloroquine { get; init; }

    /// <summary>New cyclophosphamide, azathioprine, methotrexate or mycophenolate for lupus activity.</summary>
    public bool? NewImmunosuppressant { get; init; }

    /// <summary>Hospitalisation for lupus activity.</summary>
    public bool? HospitalizedForSle { get; init; }
}
