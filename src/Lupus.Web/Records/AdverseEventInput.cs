using System.ComponentModel.DataAnnotations;
using Lupus.Persistence.Entities;

namespace Lupus.Web.Records;

/// <summary>An adverse event graded with CTCAE v5.</summary>
public sealed record AdverseEventInput : IRecordInput
{
    [Display(Name = "Term (CTCAE)")]
    public string? Term { get; set; }

    [Display(Name = "CTCAE grade (1-5)")]
    public int Grade { get; set; }

    [Display(Name = "Serious")]
    public bool Serious { get; set; }

    [Display(Name = "Relation to infusion")]
    public InfusionRelation RelationToInfusion { get; set; }

    [Display(Name = "Onset date")]
    public DateOnly OnsetDate { get; set; }

    [Display(Name = "Resolution date")]
    public DateOnly? ResolutionDate { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
