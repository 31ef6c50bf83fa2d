namespace Lupus.Domain.Instruments.Classification;

/// <summary>The ten domains of the 2019 EULAR/ACR criteria, in specification order.</summary>
public enum EularAcrDomain
{
    Constitutional,
    Hematologic,
    Neuropsychiatric,
    Mucocutaneous,
    Serosal,
    Musculoskeletal,
    Renal,
    AntiphospholipidAntibodies,
    ComplementProteins,
    SleSpecificAntibodies,
}

/// <summary>The additive criteria of the 2019 EULAR/ACR classification, in specification order.</summary>
public enum EularAcrCriterion
{
    Fever,
    Leukopenia,
    Thrombocytopenia,
    AutoimmuneHemolysis,
    Delirium,
    Psychosis,
    Seizure,
    NonScarringAlopecia,
    OralUlcers,
    SubacuteCutaneousOrDiscoidLupus,
    AcuteCutaneousLupus,
    PleuralOrPericardialEffusion,
    AcutePericarditis,
    JointInvolvement,
    Proteinuria,
    RenalBiopsyClassIIOrV,
    RenalBiopsyClassIIIOrIV,
    AntiphospholipidAntibodies,
    LowC3,
    LowC4,
    AntiDsDna,
    AntiSmith,
}

/// <summary>One domain: its output key, whether it is clinical, and an optional weight when all its criteria are met.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Key">Key in <c>domain_scores</c>.</param>
/// <param name="Clinical">Clinical (as opposed to immunological) domain; at least one clinical criterion is required.</param>
/// <param name="AllMetWeight">Weight that replaces the highest single weight when every criterion of the domain is met (complement: both low = 4).</param>
public sealed record EularAcrDomainInfo(EularAcrDomain Domain, string Key, bool Clinical, int? AllMetWeight = null);

/// <summary>One additive criterion with its input key, domain and weight.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Key">Input key.</param>
/// <param name="Domain">Domain it belongs to.</param>
/// <param name="Weight">Points when it is the highest criterion met in its domain.</param>
public sealed record EularAcrCriterionInfo(EularAcrCriterion Criterion, string Key, EularAcrDomain Domain, int Weight);

/// <summary>The criterion and domain tables of the 2019 EULAR/ACR classification (Aringer 2019).</summary>
public static class EularAcrCriteria
{
    /// <summary>Entry criterion: ANA at least 1:80 on HEp-2 cells (or equivalent) at least once.</summary>
    public const string EntryKey = "ana_ge_1_80_ever";

    /// <summary>Classification threshold (inclusive).</summary>
    public const int Threshold = 10;

    /// <summary>Maximum possible total.</summary>
    public const int MaximumScore = 51;

    /// <summary>All domains, indexed by <see cref="EularAcrDomain"/>.</summary>
    public static IReadOnlyList<EularAcrDomainInfo> Domains { get; } =
    [
        new(EularAcrDomain.Constitutional, "constitutional", true),
        new(EularAcrDomain.Hematologic, "hematologic", true),
        new(EularAcrDomain.Neuropsychiatric, "neuropsychiatric", true),
        new(EularAcrDomain.Mucocutaneous, "mucocutaneous", true),
        new(EularAcrDomain.Serosal, "serosal", true),
        new(EularAcrDomain.Musculoskeletal, "musculoskeletal", true),
        new(EularAcrDomain.Renal, "renal", true),
        new(EularAcrDomain.AntiphospholipidAntibodies, "antiphospholipid_antibodies", false),
        new(EularAcrDomain.ComplementProteins, "complement_proteins", false, AllMetWeight: 4),
        new(EularAcrDomain.SleSpecificAntibodies, "sle_specific_antibodies", false),
    ];

    /// <summary>All criteria, indexed by <see cref="EularAcrCriterion"/>.</summary>
    public static IReadOnlyList<EularAcrCriterionInfo> All { get; } =
    [
        new(EularAcrCriterion.Fever, "fever", EularAcrDomain.Constitutional, 2),
        new(EularAcrCriterion.Leukopenia, "leukopenia", EularAcrDomain.Hematologic, 3),
        new(EularAcrCriterion.Thrombocytopenia, "thrombocytopenia", EularAcrDomain.Hematologic, 4),
        new(EularAcrCriterion.AutoimmuneHemolysis, "autoimmune_hemolysis", EularAcrDomain.Hematologic, 4),
        new(EularAcrCriterion.Delirium, "delirium", EularAcrDomain.Neuropsychiatric, 2),
        new(EularAcrCriterion.Psychosis, "psychosis", EularAcrDomain.Neuropsychiatric, 3),
        new(EularAcrCriterion.Seizure, "seizure", EularAcrDomain.Neuropsychiatric, 5),
        new(EularAcrCriterion.NonScarringAlopecia, "non_scarring_alopecia", EularAcrDomain.Mucocutaneous, 2),
        new(EularAcrCriterion.OralUlcers, "oral_ulcers", EularAcrDomain.Mucocutaneous, 2),
        new(EularAcrCriterion.SubacuteCutaneousOrDiscoidLupus, "subacute_cutaneous_or_discoid_lupus", EularAcrDomain.Mucocutaneous, 4),
        new(EularAcrCriterion.AcuteCutaneousLupus, "acute_cutaneous_lupus", EularAcrDomain.Mucocutaneous, 6),
        new(EularAcrCriterion.PleuralOrPericardialEffusion, "pleural_or_pericardial_effusion", EularAcrDomain.Serosal, 5),
        new(EularAcrCriterion.AcutePericarditis, "acute_pericarditis", EularAcrDomain.Serosal, 6),
        new(EularAcrCriterion.JointInvolvement, "joint_involvement", EularAcrDomain.Musculoskeletal, 6),
        new(EularAcrCriterion.Proteinuria, "proteinuria_gt_0_5g_per_24h", EularAcrDomain.Renal, 4),
        new(EularAcrCriterion.RenalBiopsyClassIIOrV, "renal_biopsy_class_ii_or_v", EularAcrDomain.Renal, 8),
        new(EularAcrCriterion.RenalBiopsyClassIIIOrIV, "renal_biopsy_class_iii_or_iv", EularAcrDomain.Renal, 10),
        new(EularAcrCriterion.AntiphospholipidAntibodies, "antiphospholipid_antibodies", EularAcrDomain.AntiphospholipidAntibodies, 2),
        new(EularAcrCriterion.LowC3, "low_c3", EularAcrDomain.ComplementProteins, 3),
        new(EularAcrCriterion.LowC4, "low_c4", EularAcrDomain.ComplementProteins, 3),
        new(EularAcrCriterion.AntiDsDna, "anti_dsdna", EularAcrDomain.SleSpecificAntibodies, 6),
        new(EularAcrCriterion.AntiSmith, "anti_smith", EularAcrDomain.SleSpecificAntibodies, 6),
    ];

    /// <summary>Table entry of one criterion.</summary>
    public static EularAcrCriterionInfo Get(EularAcrCriterion criterion) => All[(int)criterion];

    /// <summary>Table entry of one domain.</summary>
    public static EularAcrDomainInfo Get(EularAcrDomain domain) => Domains[(int)domain];
}
