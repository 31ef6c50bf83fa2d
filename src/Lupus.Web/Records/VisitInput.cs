using System.ComponentModel.DataAnnotations;

namespace Lupus.Web.Records;

/// <summary>A visit as entered: descriptor ticks and raw values. The scores are computed, never entered.</summary>
public sealed record VisitInput : IRecordInput
{
    [Display(Name = "Visit date")]
    public DateOnly VisitDate { get; set; }

    /// <summary>SLEDAI-2K descriptor keys judged present (for example <c>arthritis</c>, <c>rash</c>).</summary>
    public List<string> Descriptors { get; set; } = [];

    [Display(Name = "Swollen or tender joints (count)")]
    public int? ArthritisJointCount { get; set; }

    [Display(Name = "Highest temperature (°C)")]
    public decimal? MaxTemperatureC { get; set; }

    [Display(Name = "Urine RBC (/hpf)")]
    public decimal? UrineRbcPerHpf { get; set; }

    [Display(Name = "Urine WBC (/hpf)")]
    public decimal? UrineWbcPerHpf { get; set; }

    [Display(Name = "Proteinuria (g/24 h)")]
    public decimal? ProteinuriaGPer24h { get; set; }

    [Display(Name = "UPCR (g/g)")]
    public decimal? UpcrGPerG { get; set; }

    [Display(Name = "C3 (g/L)")]
    public decimal? C3GPerL { get; set; }

    [Display(Name = "C3 lower limit (g/L)")]
    public decimal? C3LowerLimitGPerL { get; set; }

    [Display(Name = "C4 (g/L)")]
    public decimal? C4GPerL { get; set; }

    [Display(Name = "C4 lower limit (g/L)")]
    public decimal? C4LowerLimitGPerL { get; set; }

    [Display(Name = "Anti-dsDNA (IU/mL)")]
    public decimal? AntiDsDnaIuPerMl { get; set; }

    [Display(Name = "Anti-dsDNA upper limit (IU/mL)")]
    public decimal? AntiDsDnaUpperLimitIuPerMl { get; set; }

    [Display(Name = "Platelets (10⁹/L)")]
    public decimal? Platelets10e9PerL { get; set; }

    [Display(Name = "WBC (10⁹/L)")]
    public decimal? Wbc10e9PerL { get; set; }

    [Display(Name = "Systolic BP (mmHg)")]
    public int? SystolicBpMmHg { get; set; }

    [Display(Name = "Diastolic BP (mmHg)")]
    public int? DiastolicBpMmHg { get; set; }

    [Display(Name = "Creatinine (µmol/L)")]
    public decimal? CreatinineUmolPerL { get; set; }

    [Display(Name = "eGFR (mL/min/1.73 m²)")]
    public decimal? EgfrMlMin173m2 { get; set; }

    [Display(Name = "Nephrotic syndrome")]
    public bool? NephroticSyndrome { get; set; }

    [Display(Name = "Active urinary sediment")]
    public bool? ActiveUrinarySediment { get; set; }

    /// <summary>
    /// BILAG-2004 item codes of the 8 non-renal domains by item key (0 not present, 1 improving, 2 same, 3 worse,
    /// 4 new); an item not done is left out or null, never 0. A domain with no item is not assessable.
    /// </summary>
    [Display(Name = "BILAG-2004 item")]
    public Dictionary<string, int?> BilagItems { get; set; } = [];

    /// <summary>Per domain key: involved at an earlier assessment (D versus E); left out or null to take it from the previous visit.</summary>
    [Display(Name = "Involved earlier")]
    public Dictionary<string, bool?> BilagPreviousInvolvement { get; set; } = [];

    [Display(Name = "BILAG haemoglobin due to lupus (g/dL)")]
    public decimal? BilagHaemoglobinGPerDl { get; set; }

    [Display(Name = "BILAG WBC due to lupus (10⁹/L)")]
    public decimal? BilagWbc10e9PerL { get; set; }

    [Display(Name = "BILAG neutrophils due to lupus (10⁹/L)")]
    public decimal? BilagNeutrophils10e9PerL { get; set; }

    [Display(Name = "BILAG lymphocytes due to lupus (10⁹/L)")]
    public decimal? BilagLymphocytes10e9PerL { get; set; }

    [Display(Name = "BILAG platelets due to lupus (10⁹/L)")]
    public decimal? BilagPlatelets10e9PerL { get; set; }

    [Display(Name = "Active haemolysis")]
    public bool? BilagActiveHaemolysis { get; set; }

    [Display(Name = "Isolated positive Coombs test")]
    public bool? BilagCoombsPositiveIsolated { get; set; }

    [Display(Name = "Physician global assessment (0-3)")]
    public decimal? Pga { get; set; }

    [Display(Name = "Prednisone (mg/day)")]
    public decimal? PrednisoneMgPerDay { get; set; }

    [Display(Name = "Concomitant treatments")]
    public string? ConcomitantTreatments { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
