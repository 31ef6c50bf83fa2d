namespace Lupus.Domain.Instruments.Damage;

/// <summary>The 12 SDI domains, in specification order.</summary>
public enum SdiDomain
{
    Ocular,
    Neuropsychiatric,
    Renal,
    Pulmonary,
    Cardiovascular,
    PeripheralVascular,
    Gastrointestinal,
    Musculoskeletal,
    Skin,
    PrematureGonadalFailure,
    Diabetes,
    Malignancy,
}

/// <summary>One SDI domain with its output key and maximum.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Key">Key in <c>domain_scores</c>.</param>
/// <param name="Maximum">Highest possible domain score.</param>
public sealed record SdiDomainInfo(SdiDomain Domain, string Key, int Maximum);

/// <summary>One SDI item.</summary>
/// <param name="Key">Input key.</param>
/// <param name="Domain">Domain it belongs to.</param>
/// <param name="MaximumScore">1, or 2 for items scoring a second event or site (at least 6 months apart).</param>
/// <param name="DomainScoreWhenPresent">When set, the item scores its domain this value in place of the domain's other items (end-stage renal disease: 3).</param>
public sealed record SdiItem(string Key, SdiDomain Domain, int MaximumScore = 1, int? DomainScoreWhenPresent = null);

/// <summary>The SDI item and domain tables (Gladman 1996): 41 items in 12 domains, maximum 47.</summary>
public static class SdiItems
{
    /// <summary>Maximum possible total.</summary>
    public const int MaximumScore = 47;

    /// <summary>All domains, indexed by <see cref="SdiDomain"/>.</summary>
    public static IReadOnlyList<SdiDomainInfo> Domains { get; } =
    [
        new(SdiDomain.Ocular, "ocular", 2),
        new(SdiDomain.Neuropsychiatric, "neuropsychiatric", 6),
        new(SdiDomain.Renal, "renal", 3),
        new(SdiDomain.Pulmonary, "pulmonary", 5),
        new(SdiDomain.Cardiovascular, "cardiovascular", 6),
        new(SdiDomain.PeripheralVascular, "peripheral_vascular", 5),
        new(SdiDomain.Gastrointestinal, "gastrointestinal", 6),
        new(SdiDomain.Musculoskeletal, "musculoskeletal", 7),
        new(SdiDomain.Skin, "skin", 3),
        new(SdiDomain.PrematureGonadalFailure, "premature_gonadal_failure", 1),
        new(SdiDomain.Diabetes, "diabetes", 1),
        new(SdiDomain.Malignancy, "malignancy", 2),
    ];

    /// <summary>All items, in specification order.</summary>
    public static IReadOnlyList<SdiItem> All { get; } =
    [
        new("cataract", SdiDomain.Ocular),
        new("retinal_change_or_optic_atrophy", SdiDomain.Ocular),
        new("cognitive_impairment_or_major_psychosis", SdiDomain.Neuropsychiatric),
        new("seizures_requiring_therapy_6_months", SdiDomain.Neuropsychiatric),
        new("cerebrovascular_accident", SdiDomain.Neuropsychiatric, 2),
        new("cranial_or_peripheral_neuropathy", SdiDomain.Neuropsychiatric),
        new("transverse_myelitis", SdiDomain.Neuropsychiatric),
        new("gfr_lt_50_percent", SdiDomain.Renal),
        new("proteinuria_ge_3_5g_per_24h", SdiDomain.Renal),
        new("esrd", SdiDomain.Renal, DomainScoreWhenPresent: 3),
        new("pulmonary_hypertension", SdiDomain.Pulmonary),
        new("pulmonary_fibrosis", SdiDomain.Pulmonary),
        new("shrinking_lung", SdiDomain.Pulmonary),
        new("pleural_fibrosis", SdiDomain.Pulmonary),
        new("pulmonary_infarction", SdiDomain.Pulmonary),
        new("angina_or_cabg", SdiDomain.Cardiovascular),
        new("myocardial_infarction", SdiDomain.Cardiovascular, 2),
        new("cardiomyopathy", SdiDomain.Cardiovascular),
        new("valvular_disease", SdiDomain.Cardiovascular),
        new("pericarditis_6_months_or_pericardiectomy", SdiDomain.Cardiovascular),
        new("claudication_6_months", SdiDomain.PeripheralVascular),
        new("minor_tissue_loss", SdiDomain.PeripheralVascular),
        new("significant_tissue_loss", SdiDomain.PeripheralVascular, 2),
        new("venous_thrombosis_with_sequelae", SdiDomain.PeripheralVascular),
        new("bowel_spleen_liver_gallbladder_infarction_or_resection", SdiDomain.Gastrointestinal, 2),
        new("mesenteric_insufficiency", SdiDomain.Gastrointestinal),
        new("chronic_peritonitis", SdiDomain.Gastrointestinal),
        new("stricture_or_upper_gi_surgery", SdiDomain.Gastrointestinal),
        new("pancreatic_insufficiency", SdiDomain.Gastrointestinal),
        new("muscle_atrophy_or_weakness", SdiDomain.Musculoskeletal),
        new("deforming_or_erosive_arthritis", SdiDomain.Musculoskeletal),
        new("osteoporosis_with_fracture_or_vertebral_collapse", SdiDomain.Musculoskeletal),
        new("avascular_necrosis", SdiDomain.Musculoskeletal, 2),
        new("osteomyelitis", SdiDomain.Musculoskeletal),
        new("ruptured_tendon", SdiDomain.Musculoskeletal),
        new("scarring_chronic_alopecia", SdiDomain.Skin),
        new("extensive_scarring_or_panniculum", SdiDomain.Skin),
        new("skin_ulceration_6_months", SdiDomain.Skin),
        new("premature_gonadal_failure", SdiDomain.PrematureGonadalFailure),
        new("diabetes", SdiDomain.Diabetes),
        new("malignancy", SdiDomain.Malignancy, 2),
    ];
}
