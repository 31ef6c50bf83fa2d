using Lupus.Domain.Instruments.Sledai;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tables;

/// <summary>
/// <c>visits.csv</c>: SLEDAI-2K descriptors judged present (space-separated keys), raw values and treatment.
/// Scores are not a column: the importer computes them.
/// </summary>
public sealed class VisitsTable : InterchangeTable<VisitRow>
{
    public static readonly VisitsTable Instance = new();

    public override string FileName => "visits.csv";

    public override IReadOnlyList<string> Columns { get; } =
    [
        SiteCode, StudyId, "visit_date", "sledai_descriptors", "arthritis_joint_count", "max_temperature_c", "urine_rbc_per_hpf",
        "urine_wbc_per_hpf", "proteinuria_g_per_24h", "upcr_g_per_g", "c3_g_per_l", "c3_lower_limit_g_per_l", "c4_g_per_l",
        "c4_lower_limit_g_per_l", "anti_dsdna_iu_per_ml", "anti_dsdna_upper_limit_iu_per_ml", "platelets_10e9_per_l",
        "wbc_10e9_per_l", "systolic_bp_mmhg", "diastolic_bp_mmhg", "creatinine_umol_per_l", "egfr_ml_min_173m2",
        "nephrotic_syndrome", "active_urinary_sediment", "pga", "prednisone_mg_per_day", "concomitant_treatments",
    ];

    public override List<VisitRow> RowsOf(InterchangeDataset dataset) => dataset.Visits;

    public override string[] Write(VisitRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Patient.SiteCode, row.Patient.StudyId, CellFormat.Date(row.VisitDate), string.Join(' ', row.SledaiDescriptors),
            CellFormat.Number(row.ArthritisJointCount), CellFormat.Number(row.MaxTemperatureC), CellFormat.Number(row.UrineRbcPerHpf),
            CellFormat.Number(row.UrineWbcPerHpf), CellFormat.Number(row.ProteinuriaGPer24h), CellFormat.Number(row.UpcrGPerG),
            CellFormat.Number(row.C3GPerL), CellFormat.Number(row.C3LowerLimitGPerL), CellFormat.Number(row.C4GPerL),
            CellFormat.Number(row.C4LowerLimitGPerL), CellFormat.Number(row.AntiDsDnaIuPerMl), CellFormat.Number(row.AntiDsDnaUpperLimitIuPerMl),
            CellFormat.Number(row.Platelets10e9PerL), CellFormat.Number(row.Wbc10e9PerL), CellFormat.Number(row.SystolicBpMmHg),
            CellFormat.Number(row.DiastolicBpMmHg), CellFormat.Number(row.CreatinineUmolPerL), CellFormat.Number(row.EgfrMlMin173m2),
            CellFormat.Bool(row.NephroticSyndrome), CellFormat.Bool(row.ActiveUrinarySediment), CellFormat.Number(row.Pga),
            CellFormat.Number(row.PrednisoneMgPerDay), row.ConcomitantTreatments,
        ];
    }

    protected override VisitRow? ReadFields(RowReader reader, PatientKey patient)
    {
        const decimal Large = Limits.Large;
        var date = reader.Date("visit_date");
        var descriptors = Descriptors(reader);
        var joints = reader.OptionalWholeNumber("arthritis_joint_count", 0, 100);
        var temperature = reader.OptionalNumber("max_temperature_c", 30, 45);
        var rbc = reader.OptionalNumber("urine_rbc_per_hpf", 0, 10_000);
        var wbc = reader.OptionalNumber("urine_wbc_per_hpf", 0, 10_000);
        var proteinuria = reader.OptionalNumber("proteinuria_g_per_24h", 0, 100);
        var upcr = reader.OptionalNumber("upcr_g_per_g", 0, 100);
        var c3 = reader.OptionalNumber("c3_g_per_l", 0, 100);
        var c3Lower = reader.OptionalNumber("c3_lower_limit_g_per_l", 0, 100);
        var c4 = reader.OptionalNumber("c4_g_per_l", 0, 100);
        var c4Lower = reader.OptionalNumber("c4_lower_limit_g_per_l", 0, 100);
        var dna = reader.OptionalNumber("anti_dsdna_iu_per_ml", 0, Large);
        var dnaUpper = reader.OptionalNumber("anti_dsdna_upper_limit_iu_per_ml", 0, Large);
        var platelets = reader.OptionalNumber("platelets_10e9_per_l", 0, 10_000);
        var leukocytes = reader.OptionalNumber("wbc_10e9_per_l", 0, 1_000);
        var systolic = reader.OptionalWholeNumber("systolic_bp_mmhg", 30, 300);
        var diastolic = reader.OptionalWholeNumber("diastolic_bp_mmhg", 10, 250);
        var creatinine = reader.OptionalNumber("creatinine_umol_per_l", 0, 10_000);
        var egfr = reader.OptionalNumber("egfr_ml_min_173m2", 0, 300);
        var nephrotic = reader.OptionalBool("nephrotic_syndrome");
        var sediment = reader.OptionalBool("active_urinary_sediment");
        var pga = reader.OptionalNumber("pga", 0, 3);
        var prednisone = reader.OptionalNumber("prednisone_mg_per_day", 0, 2_000);
        var treatments = reader.OptionalText("concomitant_treatments");
        if (!reader.Ok)
        {
            return null;
        }

        return new VisitRow(reader.Row, patient, date!.Value, descriptors, joints, temperature, rbc, wbc, proteinuria, upcr, c3, c3Lower,
            c4, c4Lower, dna, dnaUpper, platelets, leukocytes, systolic, diastolic, creatinine, egfr, nephrotic, sediment, pga, prednisone,
            treatments);
    }

    /// <summary>Descriptor keys in the instrument's form order, so equal sets compare and store equal.</summary>
    private static string[] Descriptors(RowReader reader)
    {
        var keys = reader.OptionalText("sledai_descriptors").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var key in keys.Where(k => !SledaiDescriptors.TryParse(k, out _)))
        {
            reader.Fail("sledai_descriptors", $"'{key}' is not a SLEDAI-2K descriptor key");
        }

        return [.. SledaiDescriptors.Keys.Where(keys.Contains)];
    }
}
