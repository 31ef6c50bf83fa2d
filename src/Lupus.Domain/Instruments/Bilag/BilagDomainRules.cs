namespace Lupus.Domain.Instruments.Bilag;

/// <summary>Activity grading of the coded domains (specification 3.2, 3.4 and the provisional 3.6).</summary>
/// <remarks>
/// Each rule returns the worst grade A-C that any item triggers, or null for no activity. Every item is
/// visited: the grade is a maximum over items, never the first item found.
/// </remarks>
internal static class BilagDomainRules
{
    /// <summary>Generic rule: active A-level item A; improving A-level or active B-level B; improving B-level or any C-level C.</summary>
    public static BilagGrade? Generic(IReadOnlyList<BilagItem> items, IReadOnlyDictionary<string, int> codes)
    {
        BilagGrade? worst = null;
        foreach (var item in items)
        {
            if (codes.TryGetValue(item.Key, out var code))
            {
                worst = BilagGrading.Worse(worst, ItemGrade(item.Level!.Value, code));
            }
        }

        return worst;
    }

    /// <summary>Constitutional rule (3.4): pyrexia together with the number of the other three items active.</summary>
    public static BilagGrade? Constitutional(IReadOnlyDictionary<string, int> codes)
    {
        var pyrexia = Code(codes, "pyrexia");
        var others = BilagItems.Constitutional.Skip(1).Select(i => Code(codes, i.Key)).ToArray();
        var pyrexiaActive = IsActive(pyrexia);
        var othersActive = others.Count(IsActive);
        if (pyrexiaActive && othersActive >= 2)
        {
            return BilagGrade.A;
        }

        if (pyrexiaActive || othersActive >= 2)
        {
            return BilagGrade.B;
        }

        return pyrexia == 1 || others.Any(c => c >= 1) ? BilagGrade.C : null;
    }

    /// <summary>Provisional haematological rule (3.6, unverified): TTP code and cytopenia bands, worst wins.</summary>
    /// <remarks>Bands are read as half-open intervals (for example haemoglobin 8.0-8.9 as 8 &lt;= Hb &lt; 9).</remarks>
    public static BilagGrade? Haematological(IReadOnlyDictionary<string, int> codes, HaematologyValues values)
    {
        var worst = Generic(BilagItems.Haematological, codes);
        worst = BilagGrading.Worse(worst, Band(values.HaemoglobinGramsPerDl, 8m, 9m, 11m));
        worst = BilagGrading.Worse(worst, Band(values.Wbc10e9PerL, 1m, 2m, 4m));
        worst = BilagGrading.Worse(worst, Band(values.Neutrophils10e9PerL, 0.5m, 1m, 2m));
        worst = BilagGrading.Worse(worst, values.Lymphocytes10e9PerL < 1m ? BilagGrade.C : null);
        worst = BilagGrading.Worse(worst, Band(values.Platelets10e9PerL, 25m, 50m, 150m));
        return BilagGrading.Worse(worst, values.CoombsPositiveIsolated == true ? BilagGrade.C : null);
    }

    /// <summary>Grade one coded item triggers: active gives its level, improving (1) one level lower (C stays C).</summary>
    internal static BilagGrade? ItemGrade(BilagGrade level, int code) => code switch
    {
        0 => null,
        1 => level == BilagGrade.A ? BilagGrade.B : BilagGrade.C,
        _ => level,
    };

    private static bool IsActive(int? code) => code >= 2;

    private static int? Code(IReadOnlyDictionary<string, int> codes, string key) => codes.TryGetValue(key, out var c) ? c : null;

    private static BilagGrade? Band(decimal? value, decimal belowA, decimal belowB, decimal belowC) => value switch
    {
        null => null,
        var v when v < belowA => BilagGrade.A,
        var v when v < belowB => BilagGrade.B,
        var v when v < belowC => BilagGrade.C,
        _ => null,
    };
}
