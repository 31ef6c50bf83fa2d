using Lupus.Domain.Units;

namespace Lupus.Persistence.Entities;

/// <summary>
/// Converts a lab value to its analyte's canonical unit (the first unit <see cref="LabCatalog"/> lists), with the
/// exact factors of <see cref="ClinicalUnits"/>. A unit outside the catalogue is an error, never a guess.
/// </summary>
/// <remarks>
/// The one conversion of the platform: import, the web form and the lab API all store what it returns, so a value
/// entered by hand and the same value imported are stored identically.
/// Anti-dsDNA in U/mL is kept as reported: assays' U/mL and IU/mL are not related by a fixed factor, so the value
/// is stored with its own unit rather than converted.
/// </remarks>
public static class LabUnits
{
    private static readonly Dictionary<(Analyte, string), Func<decimal, decimal>> Converters = new()
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

        return Converters.TryGetValue((analyte, unit), out var convert) ? (Canonical(analyte), convert) : (unit, v => v);
    }

    /// <summary>
    /// The value and the lab's reference limits in the analyte's canonical unit; null when the unit is not allowed.
    /// Limits convert with the value so that a result and its range always share one unit.
    /// </summary>
    public static LabMeasurement? ToCanonical(Analyte analyte, string unit, decimal value, decimal? lowerLimit, decimal? upperLimit)
    {
        if (Conversion(analyte, unit) is not { } conversion)
        {
            return null;
        }

        var convert = conversion.Convert;
        return new LabMeasurement(conversion.Unit, convert(value), lowerLimit is { } l ? convert(l) : null, upperLimit is { } u ? convert(u) : null);
    }
}
