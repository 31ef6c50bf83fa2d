using System.ComponentModel.DataAnnotations;
using Lupus.Persistence.Entities;

namespace Lupus.Web.Records;

/// <summary>One laboratory value with its unit and the lab's reference limits for that sample.</summary>
public sealed record LabInput : IRecordInput
{
    [Display(Name = "Analyte")]
    public Analyte Analyte { get; set; }

    [Display(Name = "Value")]
    public decimal Value { get; set; }

    /// <summary>One of the units allowed for the analyte (see <c>LabCatalog</c>).</summary>
    [Display(Name = "Unit")]
    public string Unit { get; set; } = "";

    [Display(Name = "Lower reference limit")]
    public decimal? LowerLimit { get; set; }

    [Display(Name = "Upper reference limit")]
    public decimal? UpperLimit { get; set; }

    [Display(Name = "Collection date")]
    public DateOnly CollectionDate { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
