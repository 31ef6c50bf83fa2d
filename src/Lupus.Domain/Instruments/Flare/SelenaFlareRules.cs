namespace Lupus.Domain.Instruments.Flare;

/// <summary>The SFI criteria (specification 2.2) over a complete input; every threshold as written (strict or inclusive).</summary>
public static class SelenaFlareRules
{
    /// <summary>Classifies a complete input: any severe criterion makes the flare severe, else any mild/moderate one.</summary>
    /// <returns>The category and the criteria met at that level.</returns>
    /// <exception cref="ArgumentException">An input value is missing.</exception>
    public static (FlareCategory Category, IReadOnlyList<string> Triggers) Classify(SelenaFlareInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var change = Change.From(input);
        var severe = Severe(change);
        if (severe.Count > 0)
        {
            return (FlareCategory.Severe, severe);
        }

        var mild = MildModerate(change);
        return (mild.Count > 0 ? FlareCategory.MildModerate : FlareCategory.None, mild);
    }

    /// <summary>Prednisone at least doubled: from 0 any dose; otherwise current &gt;= 2 x previous.</summary>
    public static bool Doubled(decimal previous, decimal current) =>
        previous > 0m ? current >= 2m * previous : current > 0m;

    private static List<string> Severe(Change c)
    {
        var triggers = new List<string>();
        var aboveHalfMgPerKg = c.PrednisoneCurrent > 0.5m * c.WeightKg;
        Add(triggers, c.SledaiCurrent > 12 && c.SledaiCurrent > c.SledaiPrevious, "sledai_to_gt_12");
        Add(triggers, c.SevereFeature && (Doubled(c.PrednisonePrevious, c.PrednisoneCurrent) || aboveHalfMgPerKg || c.Hospitalized),
            "severe_feature_requiring_escalation");
        Add(triggers, aboveHalfMgPerKg && c.PrednisoneCurrent > c.PrednisonePrevious, "prednisone_gt_0_5_mg_kg");
        Add(triggers, c.NewImmunosuppressant, "new_immunosuppressant");
        Add(triggers, c.Hospitalized, "hospitalized_for_sle");
        Add(triggers, c.PgaCurrent > 2.5m && c.PgaCurrent > c.PgaPrevious, "pga_to_gt_2_5");
        return triggers;
    }

    // Called only when no severe criterion holds, so "not reaching the severe threshold" is already true.
    private static List<string> MildModerate(Change c)
    {
        var triggers = new List<string>();
        Add(triggers, c.SledaiCurrent - c.SledaiPrevious >= 3, "sledai_increase_ge_3");
        Add(triggers, c.MildFeature, "mild_feature_new_or_worse");
        Add(triggers, c.PrednisoneCurrent > c.PrednisonePrevious, "prednisone_increase");
        Add(triggers, c.AddedNsaidOrHydroxychloroquine, "added_nsaid_or_hydroxychloroquine");
        Add(triggers, c.PgaCurrent - c.PgaPrevious >= 1.0m && c.PgaCurrent <= 2.5m, "pga_increase_ge_1");
        return triggers;
    }

    private static void Add(List<string> triggers, bool met, string name)
    {
        if (met)
        {
            triggers.Add(name);
        }
    }

    private readonly record struct Change(
        int SledaiPrevious,
        int SledaiCurrent,
        decimal PrednisonePrevious,
        decimal PrednisoneCurrent,
        decimal WeightKg,
        decimal PgaPrevious,
        decimal PgaCurrent,
        bool MildFeature,
        bool SevereFeature,
        bool AddedNsaidOrHydroxychloroquine,
        bool NewImmunosuppressant,
        bool Hospitalized)
    {
        public static Change From(SelenaFlareInput i) => new(
            Required(i.SelenaSledaiPrevious),
            Required(i.SelenaSledaiCurrent),
            Required(i.PrednisoneEquivalentMgPerDayPrevious),
            Required(i.PrednisoneEquivalentMgPerDayCurrent),
            Required(i.WeightKg),
            Required(i.PgaPrevious),
            Required(i.PgaCurrent),
            (i.MildFeaturesNewOrWorse ?? throw Incomplete()).Count > 0,
            (i.SevereFeaturesNewOrWorse ?? throw Incomplete()).Count > 0,
            Required(i.AddedNsaidOrHydroxychloroquine),
            Required(i.NewImmunosuppressant),
            Required(i.HospitalizedForSle));

        private static T Required<T>(T? value)
            where T : struct => value ?? throw Incomplete();

        private static ArgumentException Incomplete() => new("Every SFI input must be given before classification.", "input");
    }
}
