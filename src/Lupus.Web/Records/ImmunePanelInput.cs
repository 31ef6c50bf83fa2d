using System.ComponentModel.DataAnnotations;

namespace Lupus.Web.Records;

/// <summary>Flow cytometry subsets (percent of parent) and serum cytokines (pg/mL) of one sample.</summary>
public sealed record ImmunePanelInput : IRecordInput
{
    [Display(Name = "Sample date")]
    public DateOnly SampleDate { get; set; }

    [Display(Name = "Treg (% of parent)")]
    public decimal? TregPercent { get; set; }

    [Display(Name = "Th1 (% of parent)")]
    public decimal? Th1Percent { get; set; }

    [Display(Name = "Th2 (% of parent)")]
    public decimal? Th2Percent { get; set; }

    [Display(Name = "Th17 (% of parent)")]
    public decimal? Th17Percent { get; set; }

    [Display(Name = "Tfh (% of parent)")]
    public decimal? TfhPercent { get; set; }

    [Display(Name = "Breg (% of parent)")]
    public decimal? BregPercent { get; set; }

    [Display(Name = "Plasma cells (% of parent)")]
    public decimal? PlasmaCellPercent { get; set; }

    [Display(Name = "IL-10 (pg/mL)")]
    public decimal? Il10PgPerMl { get; set; }

    [Display(Name = "TNF-α (pg/mL)")]
    public decimal? TnfAlphaPgPerMl { get; set; }

    [Display(Name = "IFN-α (pg/mL)")]
    public decimal? IfnAlphaPgPerMl { get; set; }

    [Display(Name = "IL-6 (pg/mL)")]
    public decimal? Il6PgPerMl { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
