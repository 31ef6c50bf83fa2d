using Lupus.Domain.Units;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>
/// Converts a lab value to its analyte's canonical unit (the first unit <see cref="LabCatalog"/> lists), with the
/// exact factors of <see cref="ClinicalUnits"/>. A unit outside the catalogue is an error, never a guess.
/// </summary>
/// <remarks>
/// Anti-dsDNA in U/mL is kept as reported: assays' U/mL and IU/mL are not related by a fixed factor, so the value
/// is stored with its own unit rather than converted.
/// </remarks>
public static class LabUnits
{
    private static readonly Dictionary<(Analyte, string), Func<decimal, decimal>> ToCanonical = new()
    {
        [(Analyte.C3, "mg/dL")] = ClinicalUnits.ComplementMgPerDlToGramPerL,
        [(Analyte.C4, "mg/dL")] = ClinicalUnits.ComplementMgPerDlToGramPerL,
        [(Analyte.Proteinuria24h, "mg/24h")] = ClinicalUnits.ProteinMgToGram,
        [(Analyte.Upcr, "mg/mmol")] = ClinicalUnits.UpcrMgPerMmolToGramPerGram,
        [(Analyte.Creatinine, "mg/dL")] = ClinicalUnits.CreatinineMgPerDlToUmolPerL,
        [(Analyte.Bun, "mg/dL")] = ClinicalUnits.UreaNitrogenMgPerDlToMmolPerL,
        [(Analyte.Albumin, "g/dL")] = v => v * 10m,
        [(Analyte.Haemoglobin, "g/L")] = v => v / 10m,
    };

    public static string Canonical(Analyte analyte) => LabCatalog.Units[analyte][0];

    /// <summary>The unit a value is stored in, and the function that takes it there; null when the unit is not allowed.</summary>
    public static (string Unit, Func<decimal, decimal> Convert)? Conversion(Analyte analyte, string unit)
    {
        if (!LabCatalog.Allows(analyte, unit))
        {
            return null;
        }

        if (unit == Canonical(analyte))
        {
            return (unit, v => v);
        }

        return ToCanonical.TryGetValue((analyte, unit), out var convert) ? (Canonical(analyte), convert) : (unit, v => v);
    }
}
