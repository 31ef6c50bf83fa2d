namespace Lupus.Persistence.Entities;

/// <summary>The units each analyte may be reported in (UCUM-style spellings); any other unit is refused.</summary>
public static class LabCatalog
{
    public static IReadOnlyDictionary<Analyte, string[]> Units { get; } = new Dictionary<Analyte, string[]>
    {
        [Analyte.C3] = ["g/L", "mg/dL"],
        [Analyte.C4] = ["g/L", "mg/dL"],
        [Analyte.AntiDsDna] = ["IU/mL", "U/mL"],
        [Analyte.Proteinuria24h] = ["g/24h", "mg/24h"],
        [Analyte.Upcr] = ["g/g", "mg/mmol"],
        [Analyte.Creatinine] = ["umol/L", "mg/dL"],
        [Analyte.Bun] = ["mmol/L", "mg/dL"],
        [Analyte.Albumin] = ["g/L", "g/dL"],
        [Analyte.Egfr] = ["mL/min/1.73m2"],
        [Analyte.Haemoglobin] = ["g/dL", "g/L"],
        [Analyte.Wbc] = ["10*9/L"],
        [Analyte.Lymphocytes] = ["10*9/L"],
        [Analyte.Platelets] = ["10*9/L"],
        [Analyte.UrineSedimentRbc] = ["/[HPF]"],
    };

    /// <summary>Analytes whose value must be strictly positive (a zero concentration is not a result).</summary>
    public static bool MustBePositive(Analyte analyte) =>
        analyte is Analyte.Creatinine or Analyte.C3 or Analyte.C4 or Analyte.Albumin or Analyte.Haemoglobin or Analyte.Bun;

    public static bool Allows(Analyte analyte, string? unit) =>
        unit is not null && Units.TryGetValue(analyte, out var units) && units.Contains(unit, StringComparer.Ordinal);
}
