using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>One visit's DORIS 2021 inputs (specification 5.5); <c>null</c> always means "not assessed".</summary>
public sealed record DorisInput
{
    /// <summary>SLEDAI-2K descriptors present at this visit.</summary>
    public IReadOnlyList<SledaiDescriptor>? Sledai2kItemsPresent { get; init; }

    /// <summary>Physician Global Assessment, 0-3.</summary>
    public decimal? Pga { get; init; }

    /// <summary>Prednisone or equivalent, mg/day.</summary>
    public decimal? PrednisoneEquivalentMgPerDay { get; init; }

    /// <summary>Antimalarials, immunosuppressives and biologics unchanged except for side effects, adherence or pregnancy.</summary>
    public bool? StableMaintenanceTherapy { get; init; }
}
