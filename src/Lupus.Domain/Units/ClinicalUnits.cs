namespace Lupus.Domain.Units;

/// <summary>
/// Exact conversions between the units SLE instruments meet, done once at input and never on thresholds
/// (instrument specification 0.1 and 3.5).
/// </summary>
/// <remarks>
/// Factors: creatinine 1 mg/dL = 88.4 µmol/L; protein:creatinine ratio 1 g/g (= mg/mg) = 113.1 mg/mmol
/// (creatinine 113.12 g/mol, rounded as in the BILAG-2004 glossary); C3/C4 1 g/L = 100 mg/dL; protein 1 g = 1000 mg;
/// urea nitrogen 1 mmol/L = 2.8 mg/dL (two nitrogen atoms, 28 mg/mmol, the conventional clinical factor).
/// </remarks>
public static class ClinicalUnits
{
    /// <summary>µmol/L per mg/dL of creatinine.</summary>
    public const decimal CreatinineUmolPerMg = 88.4m;

    /// <summary>mg/mmol per g/g of urine protein:creatinine ratio.</summary>
    public const decimal UpcrMgPerMmolPerGramPerGram = 113.1m;

    /// <summary>mg/dL of blood urea nitrogen per mmol/L of urea.</summary>
    public const decimal UreaNitrogenMgPerDlPerMmolPerL = 2.8m;

    public static decimal UreaNitrogenMgPerDlToMmolPerL(decimal mgPerDl) => NonNegative(mgPerDl, nameof(mgPerDl)) / UreaNitrogenMgPerDlPerMmolPerL;

    public static decimal CreatinineMgPerDlToUmolPerL(decimal mgPerDl) => NonNegative(mgPerDl, nameof(mgPerDl)) * CreatinineUmolPerMg;

    public static decimal CreatinineUmolPerLToMgPerDl(decimal umolPerL) => NonNegative(umolPerL, nameof(umolPerL)) / CreatinineUmolPerMg;

    public static decimal UpcrGramPerGramToMgPerMmol(decimal gramPerGram) => NonNegative(gramPerGram, nameof(gramPerGram)) * UpcrMgPerMmolPerGramPerGram;

    public static decimal UpcrMgPerMmolToGramPerGram(decimal mgPerMmol) => NonNegative(mgPerMmol, nameof(mgPerMmol)) / UpcrMgPerMmolPerGramPerGram;

    /// <summary>Complement (C3, C4) from g/L to mg/dL.</summary>
    public static decimal ComplementGramPerLToMgPerDl(decimal gramPerL) => NonNegative(gramPerL, nameof(gramPerL)) * 100m;

    public static decimal ComplementMgPerDlToGramPerL(decimal mgPerDl) => NonNegative(mgPerDl, nameof(mgPerDl)) / 100m;

    public static decimal ProteinMgToGram(decimal milligrams) => NonNegative(milligrams, nameof(milligrams)) / 1000m;

    public static decimal ProteinGramToMg(decimal grams) => NonNegative(grams, nameof(grams)) * 1000m;

    private static decimal NonNegative(decimal value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A concentration or amount cannot be negative.");
}
