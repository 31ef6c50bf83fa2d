namespace Lupus.Web.Records;

/// <summary>Flow cytometry subsets (percent of parent) and serum cytokines (pg/mL) of one sample.</summary>
public sealed record ImmunePanelInput : IRecordInput
{
    public DateOnly SampleDate { get; set; }

    public decimal? TregPercent { get; set; }

    public decimal? Th1Percent { get; set; }

    public decimal? Th2Percent { get; set; }

    public decimal? Th17Percent { get; set; }

    public decimal? TfhPercent { get; set; }

    public decimal? BregPercent { get; set; }

    public decimal? PlasmaCellPercent { get; set; }

    public decimal? Il10PgPerMl { get; set; }

    public decimal? TnfAlphaPgPerMl { get; set; }

    public decimal? IfnAlphaPgPerMl { get; set; }

    public decimal? Il6PgPerMl { get; set; }

    public int Version { get; set; }

    public string? Reason { get; set; }
}
