namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The BILAG-2004 renal criteria A1-A6, B1-B3, C1-C2 (specification 3.5), in exact decimal arithmetic.</summary>
/// <remarks>
/// Percentages are compared by cross-multiplication (for example current x 100 &gt;= previous x 130) so no
/// division rounds a boundary value. A criterion that needs a previous value and has none is not met, except
/// "not improved" proteinuria and the eGFR &lt; 50 arm of A3, whose wording covers a missing previous value.
/// </remarks>
internal static class BilagRenalRules
{
    /// <summary>Codes of every criterion the visit meets, in order A1 ... C2.</summary>
    public static IReadOnlyList<string> CriteriaMet(BilagRenalInput x)
    {
        var met = new List<string>();
        Add(met, "A1", A1(x));
        Add(met, "A2", x.AcceleratedHypertension == true);
        Add(met, "A3", A3(x));
        Add(met, "A4", x.ActiveUrinarySediment == true);
        Add(met, "A5", x.ActiveNephritisHistologyWithin3Months == true);
        Add(met, "A6", x.NephroticSyndrome == true);
        Add(met, "B1", met.Count > 0);
        Add(met, "B2", B2(x));
        Add(met, "B3", B3(x));
        Add(met, "C1", C1(x));
        Add(met, "C2", C2(x));
        return met;
    }

    /// <summary>Worst activity grade the criteria give (A-C), or null for no activity.</summary>
    public static BilagGrade? Activity(IReadOnlyList<string> met)
    {
        var a = met.Where(c => c[0] == 'A').ToArray();
        if (a.Length >= 2 && a.Any(c => c is "A1" or "A4" or "A5"))
        {
            return BilagGrade.A;
        }

        if (met.Any(c => c[0] == 'B'))
        {
            return BilagGrade.B;
        }

        return met.Any(c => c[0] == 'C') ? BilagGrade.C : null;
    }

    /// <summary>
    /// A protein measure is not improved without a previous value, with a previous value &lt;= 0, or when it fell by
    /// less than 25% (a fall of exactly 25% is an improvement).
    /// </summary>
    internal static bool NotImproved(decimal current, decimal? previous) =>
        previous is not { } p || p <= 0m || (p - current) * 4m < p;

    private static bool A1(BilagRenalInput x) =>
        Above(x.ProteinuriaGramsPer24h, x.PreviousProteinuriaGramsPer24h, 1m)
        || Above(x.UpcrMgPerMmol, x.PreviousUpcrMgPerMmol, 100m)
        || Above(x.UacrMgPerMmol, x.PreviousUacrMgPerMmol, 100m)
        || (!x.HasQuantitativeProteinuria && DipstickRise(x) >= 2);

    private static bool A3(BilagRenalInput x) =>
        CreatinineRisen(x, 130m)
        || (x.EgfrMlMin173m2 < 80m && x.PreviousEgfrMlMin173m2 is { } p && x.EgfrMlMin173m2 * 100m <= p * 67m)
        || (x.EgfrMlMin173m2 < 50m && (x.PreviousEgfrMlMin173m2 is null || x.PreviousEgfrMlMin173m2 > 50m));

    private static bool B2(BilagRenalInput x) =>
        AtLeast(x.ProteinuriaGramsPer24h, x.PreviousProteinuriaGramsPer24h, 0.5m)
        || AtLeast(x.UpcrMgPerMmol, x.PreviousUpcrMgPerMmol, 50m)
        || AtLeast(x.UacrMgPerMmol, x.PreviousUacrMgPerMmol, 50m)
        || (!x.HasQuantitativeProteinuria && DipstickRise(x) >= 1 && x.UrineDipstickProtein >= 2);

    // Below 130% of the previous value; at or above it A3 applies instead.
    private static bool B3(BilagRenalInput x) => CreatinineRisen(x, 115m) && !CreatinineRisen(x, 130m);

    private static bool C1(BilagRenalInput x) =>
        x.ProteinuriaGramsPer24h > 0.25m
        || x.UpcrMgPerMmol > 25m
        || x.UacrMgPerMmol > 25m
        || (!x.HasQuantitativeProteinuria && x.UrineDipstickProtein >= 1);

    private static bool C2(BilagRenalInput x) =>
        x.SystolicBpMmHg > 140m && x.DiastolicBpMmHg > 90m
        && x.SystolicBpMmHg - x.PreviousSystolicBpMmHg >= 30m
        && x.DiastolicBpMmHg - x.PreviousDiastolicBpMmHg >= 15m;

    private static bool CreatinineRisen(BilagRenalInput x, decimal percentOfPrevious) =>
        x.CreatinineUmolPerL is { } c && c > 130m && x.PreviousCreatinineUmolPerL is { } p && c * 100m >= p * percentOfPrevious;

    private static bool Above(decimal? current, decimal? previous, decimal threshold) =>
        current is { } c && c > threshold && NotImproved(c, previous);

    private static bool AtLeast(decimal? current, decimal? previous, decimal threshold) =>
        current is { } c && c >= threshold && NotImproved(c, previous);

    private static int? DipstickRise(BilagRenalInput x) => x.UrineDipstickProtein - x.PreviousUrineDipstickProtein;

    private static void Add(List<string> met, string code, bool condition)
    {
        if (condition)
        {
            met.Add(code);
        }
    }
}
