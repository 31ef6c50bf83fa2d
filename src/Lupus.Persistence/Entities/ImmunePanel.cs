using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>Flow cytometry subsets (percent of parent population) and serum cytokines (pg/mL) from one sample.</summary>
public sealed class ImmunePanel : PatientRecord
{
    public LocalDate SampleDate { get; set; }

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
}
