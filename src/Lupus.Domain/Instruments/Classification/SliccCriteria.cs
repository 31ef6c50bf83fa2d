namespace Lupus.Domain.Instruments.Classification;

/// <summary>The 17 SLICC 2012 criteria (11 clinical, 6 immunologic), in specification order.</summary>
public enum SliccCriterion
{
    AcuteCutaneousLupus,
    ChronicCutaneousLupus,
    OralOrNasalUlcers,
    NonscarringAlopecia,
    Synovitis,
    Serositis,
    Renal,
    Neurologic,
    HemolyticAnemia,
    LeukopeniaOrLymphopenia,
    Thrombocytopenia,
    Ana,
    AntiDsDna,
    AntiSm,
    Antiphospholipid,
    LowComplement,
    DirectCoombs,
}

/// <summary>One SLICC criterion with its input key and kind.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Key">Input key.</param>
/// <param name="Clinical">Clinical criterion (otherwise immunologic).</param>
/// <param name="ExcludedBy">A criterion in whose presence this one does not count.</param>
public sealed record SliccCriterionInfo(SliccCriterion Criterion, string Key, bool Clinical, SliccCriterion? ExcludedBy = null)
{
    /// <summary>True when the criterion is met and not excluded by another criterion met.</summary>
    public bool Counts(IReadOnlySet<SliccCriterion> met)
    {
        ArgumentNullException.ThrowIfNull(met);
        return met.Contains(Criterion) && !(ExcludedBy is { } excluder && met.Contains(excluder));
    }
}

/// <summary>The SLICC 2012 criterion table (Petri 2012).</summary>
public static class SliccCriteria
{
    /// <summary>Input key of biopsy-proven lupus nephritis (the stand-alone pathway, not a counted criterion).</summary>
    public const string BiopsyKey = "biopsy_proven_lupus_nephritis";

    /// <summary>Criteria needed on the count pathway (with at least one clinical and one immunologic).</summary>
    public const int Threshold = 4;

    /// <summary>All criteria, indexed by <see cref="SliccCriterion"/>.</summary>
    public static IReadOnlyList<SliccCriterionInfo> All { get; } =
    [
        new(SliccCriterion.AcuteCutaneousLupus, "acute_cutaneous_lupus", true),
        new(SliccCriterion.ChronicCutaneousLupus, "chronic_cutaneous_lupus", true),
        new(SliccCriterion.OralOrNasalUlcers, "oral_or_nasal_ulcers", true),
        new(SliccCriterion.NonscarringAlopecia, "nonscarring_alopecia", true),
        new(SliccCriterion.Synovitis, "synovitis", true),
        new(SliccCriterion.Serositis, "serositis", true),
        new(SliccCriterion.Renal, "renal", true),
        new(SliccCriterion.Neurologic, "neurologic", true),
        new(SliccCriterion.HemolyticAnemia, "hemolytic_anemia", true),
        new(SliccCriterion.LeukopeniaOrLymphopenia, "leukopenia_or_lymphopenia", true),
        new(SliccCriterion.Thrombocytopenia, "thrombocytopenia", true),
        new(SliccCriterion.Ana, "ana", false),
        new(SliccCriterion.AntiDsDna, "anti_dsdna", false),
        new(SliccCriterion.AntiSm, "anti_sm", false),
        new(SliccCriterion.Antiphospholipid, "antiphospholipid", false),
        new(SliccCriterion.LowComplement, "low_complement", false),
        // Direct Coombs counts only in the absence of haemolytic anaemia.
        new(SliccCriterion.DirectCoombs, "direct_coombs", false, ExcludedBy: SliccCriterion.HemolyticAnemia),
    ];

    /// <summary>Table entry of one criterion.</summary>
    public static SliccCriterionInfo Get(SliccCriterion criterion) => All[(int)criterion];
}

/// <summary>A patient's cumulative SLICC 2012 record.</summary>
/// <param name="Met">Criteria documented as met.</param>
/// <param name="BiopsyProvenNephritis">Lupus nephritis proven by biopsy.</param>
public sealed record SliccInput(IReadOnlySet<SliccCriterion> Met, bool BiopsyProvenNephritis);
