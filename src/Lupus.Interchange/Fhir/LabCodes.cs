using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// LOINC codes and UCUM units of the lab analytes. A LOINC code accepts only the units listed for it (a molar code with a
/// mass unit is refused, never reinterpreted); UCUM spellings map to the LabCatalog spelling with the value unchanged.
/// </summary>
internal static class LabCodes
{
    private const string C3 = "Complement C3 [Mass/volume] in Serum or Plasma";
    private const string C4 = "Complement C4 [Mass/volume] in Serum or Plasma";
    private const string DsDna = "DNA double strand Ab [Units/volume] in Serum";
    private const string Protein24h = "Protein [Mass/time] in 24 hour Urine";
    private const string Upcr = "Protein/Creatinine [Mass Ratio] in Urine";
    private const string Albumin = "Albumin [Mass/volume] in Serum or Plasma";
    private const string Egfr = "Glomerular filtration rate/1.73 sq M.predicted";
    private const string Hb = "Hemoglobin [Mass/volume] in Blood";
    private const string Wbc = "Leukocytes [#/volume] in Blood";
    private const string Lymph = "Lymphocytes [#/volume] in Blood";
    private const string Plt = "Platelets [#/volume] in Blood";
    private const string PerHpf = "/[HPF]";
    private const string TenE9 = "10*9/L";
    private const string TenE3 = "10*3/uL";
    private const string EgfrUcum = "mL/min/{1.73_m2}";
    private const string EgfrUnit = "mL/min/1.73m2";

    public static IReadOnlyList<LabCode> All { get; } =
    [
        new("4485-9", C3, Analyte.C3, "g/L", "g/L"),
        new("4485-9", C3, Analyte.C3, "mg/dL", "mg/dL"),
        new("4498-2", C4, Analyte.C4, "g/L", "g/L"),
        new("4498-2", C4, Analyte.C4, "mg/dL", "mg/dL"),
        new("5130-0", DsDna, Analyte.AntiDsDna, "[IU]/mL", "IU/mL"),
        new("5130-0", DsDna, Analyte.AntiDsDna, "U/mL", "U/mL"),
        new("5130-0", DsDna, Analyte.AntiDsDna, "{U}/mL", "U/mL", Primary: false),
        new("2889-4", Protein24h, Analyte.Proteinuria24h, "g/(24.h)", "g/24h"),
        new("2889-4", Protein24h, Analyte.Proteinuria24h, "mg/(24.h)", "mg/24h"),
        new("2889-4", Protein24h, Analyte.Proteinuria24h, "g/d", "g/24h", Primary: false),
        new("2889-4", Protein24h, Analyte.Proteinuria24h, "mg/d", "mg/24h", Primary: false),
        new("2890-2", Upcr, Analyte.Upcr, "g/g", "g/g"),
        new("2890-2", Upcr, Analyte.Upcr, "mg/mmol", "mg/mmol"),
        new("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", Analyte.Creatinine, "mg/dL", "mg/dL"),
        new("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", Analyte.Creatinine, "umol/L", "umol/L"),
        new("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", Analyte.Bun, "mg/dL", "mg/dL"),
        new("14937-7", "Urea nitrogen [Moles/volume] in Serum or Plasma", Analyte.Bun, "mmol/L", "mmol/L"),
        new("1751-7", Albumin, Analyte.Albumin, "g/L", "g/L"),
        new("1751-7", Albumin, Analyte.Albumin, "g/dL", "g/dL"),
        new("62238-1", Egfr + " (CKD-EPI)", Analyte.Egfr, EgfrUcum, EgfrUnit),
        new("98979-8", Egfr + " (CKD-EPI 2021)", Analyte.Egfr, EgfrUcum, EgfrUnit, Primary: false),
        new("33914-3", Egfr + " (MDRD)", Analyte.Egfr, EgfrUcum, EgfrUnit, Primary: false),
        new("718-7", Hb, Analyte.Haemoglobin, "g/dL", "g/dL"),
        new("718-7", Hb, Analyte.Haemoglobin, "g/L", "g/L"),
        new("6690-2", Wbc + " by Automated count", Analyte.Wbc, TenE9, TenE9),
        new("6690-2", Wbc + " by Automated count", Analyte.Wbc, TenE3, TenE9, Primary: false),
        new("26464-8", Wbc, Analyte.Wbc, TenE9, TenE9, Primary: false),
        new("26464-8", Wbc, Analyte.Wbc, TenE3, TenE9, Primary: false),
        new("731-0", Lymph + " by Automated count", Analyte.Lymphocytes, TenE9, TenE9),
        new("731-0", Lymph + " by Automated count", Analyte.Lymphocytes, TenE3, TenE9, Primary: false),
        new("26474-7", Lymph, Analyte.Lymphocytes, TenE9, TenE9, Primary: false),
        new("26474-7", Lymph, Analyte.Lymphocytes, TenE3, TenE9, Primary: false),
        new("777-3", Plt + " by Automated count", Analyte.Platelets, TenE9, TenE9),
        new("777-3", Plt + " by Automated count", Analyte.Platelets, TenE3, TenE9, Primary: false),
        new("26515-7", Plt, Analyte.Platelets, TenE9, TenE9, Primary: false),
        new("26515-7", Plt, Analyte.Platelets, TenE3, TenE9, Primary: false),
        new("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field", Analyte.UrineSedimentRbc,
            PerHpf, PerHpf),
    ];

    public static bool IsKnown(string? code) => All.Any(c => c.Loinc == code);

    public static LabCode? Find(string loinc, string ucum) => All.FirstOrDefault(c => c.Loinc == loinc && c.Ucum == ucum);

    public static string AllowedUnits(string loinc) => string.Join(", ", All.Where(c => c.Loinc == loinc).Select(c => c.Ucum));

    /// <summary>The code the writer uses for an analyte reported in a catalogue unit.</summary>
    public static LabCode ForWriting(Analyte analyte, string catalogUnit) =>
        All.FirstOrDefault(c => c.Primary && c.Analyte == analyte && c.CatalogUnit == catalogUnit)
        ?? throw new ArgumentException($"unit '{catalogUnit}' is not in the lab catalogue for {analyte}", nameof(catalogUnit));
}
