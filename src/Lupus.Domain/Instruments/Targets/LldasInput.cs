using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>One visit's LLDAS inputs (specification 5.4); <c>null</c> always means "not assessed".</summary>
public sealed record LldasInput
{
    /// <summary>SLEDAI-2K descriptors present at this visit; the total is computed from their weights.</summary>
    public IReadOnlyList<SledaiDescriptor>? Sledai2kItemsPresent { get; init; }

    /// <summary>Haemolytic anaemia currently active.</summary>
    public bool? HemolyticAnemia { get; init; }

    /// <summary>Lupus gastrointestinal activity.</summary>
    public bool? GastrointestinalActivity { get; init; }

    /// <summary>Any feature of lupus activity not present at the previous assessment.</summary>
    public bool? NewActivitySincePrevious { get; init; }

    /// <summary>Physician Global Assessment, 0-3.</summary>
    public decimal? Pga { get; init; }

    /// <summary>Prednisone or equivalent, mg/day.</summary>
    public decimal? PrednisoneEquivalentMgPerDay { get; init; }

    /// <summary>Immunosuppressants and approved biologics only at standard, well-tolerated maintenance doses.</summary>
    public bool? ImmunosuppressantsStandardMaintenanceTolerated { get; init; }

    /// <summary>On an investigational drug (other than the study product whose endpoint LLDAS is).</summary>
    public bool? OnInvestigationalDrug { get; init; }
}
