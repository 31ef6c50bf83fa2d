using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>
/// A study visit: SLEDAI-2K descriptors and raw values, BILAG-2004 renal items, PGA, steroid dose and treatments.
/// </summary>
/// <remarks>
/// The scores (<see cref="Sledai2k"/>, <see cref="ClinicalSledai"/>, <see cref="BilagRenalGrade"/>) are computed by
/// the clinical library whenever the visit is saved; they are never typed in. Units are in the names.
/// </remarks>
public sealed class Visit : PatientRecord
{
    public LocalDate VisitDate { get; set; }

    /// <summary>Keys of the SLEDAI-2K descriptors judged present, space-separated; the others were judged absent.</summary>
    public string SledaiDescriptors { get; set; } = "";

    public int? ArthritisJointCount { get; set; }

    public decimal? MaxTemperatureC { get; set; }

    public decimal? UrineRbcPerHpf { get; set; }

    public decimal? UrineWbcPerHpf { get; set; }

    public decimal? ProteinuriaGPer24h { get; set; }

    public decimal? UpcrGPerG { get; set; }

    public decimal? C3GPerL { get; set; }

    public decimal? C3LowerLimitGPerL { get; set; }

    public decimal? C4GPerL { get; set; }

    public decimal? C4LowerLimitGPerL { get; set; }

    public decimal? AntiDsDnaIuPerMl { get; set; }

    public decimal? AntiDsDnaUpperLimitIuPerMl { get; set; }

    public decimal? Platelets10e9PerL { get; set; }

    public decimal? Wbc10e9PerL { get; set; }

    public int? SystolicBpMmHg { get; set; }

    public int? DiastolicBpMmHg { get; set; }

    public decimal? CreatinineUmolPerL { get; set; }

    public decimal? EgfrMlMin173m2 { get; set; }

    public bool? NephroticSyndrome { get; set; }

    public bool? ActiveUrinarySediment { get; set; }

    /// <summary>Physician global assessment, 0-3.</summary>
    public decimal? Pga { get; set; }

    public decimal? PrednisoneMgPerDay { get; set; }

    /// <summary>Free text, one treatment per line (for example <c>mycophenolate 2 g/day</c>).</summary>
    public string ConcomitantTreatments { get; set; } = "";

    public int? Sledai2k { get; set; }

    public int? ClinicalSledai { get; set; }

    /// <summary>
    /// BILAG-2004 grades of the 9 domains as letters in index-form order (constitutional ... haematological), a
    /// <c>-</c> for a domain not graded; null when BILAG was not assessed at the visit.
    /// </summary>
    public string? BilagGrades { get; set; }

    /// <summary>
    /// BILAG-2004 items of the 8 non-renal domains as JSON (see <c>BilagItemRecord</c>); null when none was recorded.
    /// When present, <see cref="BilagGrades"/> is computed from them and the renal items on save.
    /// </summary>
    public string? BilagItems { get; set; }

    /// <summary>BILAG-2004 renal grade letter A-E, or null when not assessable.</summary>
    public string? BilagRenalGrade { get; set; }
}
