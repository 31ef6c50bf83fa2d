using System.ComponentModel.DataAnnotations;
using Lupus.Persistence.Entities;

namespace Lupus.Web.Records;

/// <summary>One MSC infusion and its product characteristics.</summary>
public sealed record InfusionInput : IRecordInput
{
    [Display(Name = "Infusion date")]
    public DateOnly InfusionDate { get; set; }

    [Display(Name = "Cell source")]
    public MscSource Source { get; set; }

    [Display(Name = "Donor type")]
    public DonorType DonorType { get; set; }

    [Display(Name = "Dose (cells/kg)")]
    public decimal DoseCellsPerKg { get; set; }

    [Display(Name = "Total cells")]
    public decimal TotalCells { get; set; }

    [Display(Name = "Lot")]
    public string? Lot { get; set; }

    [Display(Name = "Passage")]
    public int Passage { get; set; }

    [Display(Name = "Viability (%)")]
    public decimal ViabilityPercent { get; set; }

    [Display(Name = "Route")]
    public InfusionRoute Route { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
