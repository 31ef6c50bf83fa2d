namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The 0-4 coded items of each clinical domain with their A/B/C level (specification 3.3), in form order.</summary>
/// <remarks>Renal items (78-89) are values, not codes; haematological item 95 (<c>ttp</c>) is the only coded one there.</remarks>
public static class BilagItems
{
    /// <summary>Constitutional items.</summary>
    public static IReadOnlyList<BilagItem> Constitutional { get; } =
    [
        new("pyrexia", 1, null),
        new("weight_loss", 2, null),
        new("lymphadenopathy_splenomegaly", 3, null),
        new("anorexia", 4, null),
    ];

    /// <summary>Mucocutaneous items.</summary>
    public static IReadOnlyList<BilagItem> Mucocutaneous { get; } =
    [
        new("skin_eruption_severe", 5, BilagGrade.A),
        new("skin_eruption_mild", 6, BilagGrade.B),
        new("angioedema_severe", 7, BilagGrade.A),
        new("angioedema_mild", 8, BilagGrade.C),
        new("mucosal_ulceration_severe", 9, BilagGrade.A),
        new("mucosal_ulceration_mild", 10, BilagGrade.C),
        new("panniculitis_bullous_severe", 11, BilagGrade.A),
        new("panniculitis_bullous_mild", 12, BilagGrade.B),
        new("major_cutaneous_vasculitis_thrombosis", 13, BilagGrade.A),
        new("digital_infarcts_nodular_vasculitis", 14, BilagGrade.B),
        new("alopecia_severe", 15, BilagGrade.B),
        new("alopecia_mild", 16, BilagGrade.C),
        new("periungual_erythema_chilblains", 17, BilagGrade.C),
        new("splinter_haemorrhages", 18, BilagGrade.C),
    ];

    /// <summary>Neuropsychiatric items.</summary>
    public static IReadOnlyList<BilagItem> Neuropsychiatric { get; } =
    [
        new("aseptic_meningitis", 19, BilagGrade.A),
        new("cerebral_vasculitis", 20, BilagGrade.A),
        new("demyelinating_syndrome", 21, BilagGrade.A),
        new("myelopathy", 22, BilagGrade.A),
        new("acute_confusional_state", 23, BilagGrade.A),
        new("psychosis", 24, BilagGrade.A),
        new("acute_inflammatory_demyelinating_polyradiculoneuropathy", 25, BilagGrade.A),
        new("mononeuropathy", 26, BilagGrade.A),
        new("cranial_neuropathy", 27, BilagGrade.A),
        new("plexopathy", 28, BilagGrade.A),
        new("polyneuropathy", 29, BilagGrade.A),
        new("seizure_disorder", 30, BilagGrade.B),
        new("status_epilepticus", 31, BilagGrade.A),
        new("cerebrovascular_disease", 32, BilagGrade.B),
        new("cognitive_dysfunction", 33, BilagGrade.B),
        new("movement_disorder", 34, BilagGrade.B),
        new("autonomic_disorder", 35, BilagGrade.B),
        new("cerebellar_ataxia", 36, BilagGrade.A),
        new("lupus_headache", 37, BilagGrade.B),
        new("headache_ic_hypertension", 38, BilagGrade.B),
    ];

    /// <summary>Musculoskeletal items.</summary>
    public static IReadOnlyList<BilagItem> Musculoskeletal { get; } =
    [
        new("myositis_severe", 39, BilagGrade.A),
        new("myositis_mild", 40, BilagGrade.B),
        new("arthritis_severe", 41, BilagGrade.A),
        new("arthritis_moderate_tendonitis_tenosynovitis", 42, BilagGrade.B),
        new("arthritis_mild_arthralgia_myalgia", 43, BilagGrade.C),
    ];

    /// <summary>Cardiorespiratory items.</summary>
    public static IReadOnlyList<BilagItem> Cardiorespiratory { get; } =
    [
        new("myocarditis_mild", 44, BilagGrade.B),
        new("myocarditis_endocarditis_cardiac_failure", 45, BilagGrade.A),
        new("arrhythmia", 46, BilagGrade.A),
        new("new_valvular_dysfunction", 47, BilagGrade.A),
        new("pleurisy_pericarditis", 48, BilagGrade.B),
        new("cardiac_tamponade", 49, BilagGrade.A),
        new("pleural_effusion_with_dyspnoea", 50, BilagGrade.A),
        new("pulmonary_haemorrhage_vasculitis", 51, BilagGrade.A),
        new("interstitial_alveolitis_pneumonitis", 52, BilagGrade.A),
        new("shrinking_lung_syndrome", 53, BilagGrade.A),
        new("aortitis", 54, BilagGrade.A),
        new("coronary_vasculitis", 55, BilagGrade.A),
    ];

    /// <summary>Gastrointestinal items.</summary>
    public static IReadOnlyList<BilagItem> Gastrointestinal { get; } =
    [
        new("lupus_peritonitis", 56, BilagGrade.A),
        new("abdominal_serositis_or_ascites", 57, BilagGrade.B),
        new("lupus_enteritis_colitis", 58, BilagGrade.A),
        new("malabsorption", 59, BilagGrade.B),
        new("protein_losing_enteropathy", 60, BilagGrade.B),
        new("intestinal_pseudo_obstruction", 61, BilagGrade.A),
        new("lupus_hepatitis", 62, BilagGrade.B),
        new("acute_lupus_cholecystitis", 63, BilagGrade.A),
        new("acute_lupus_pancreatitis", 64, BilagGrade.A),
    ];

    /// <summary>Ophthalmic items.</summary>
    public static IReadOnlyList<BilagItem> Ophthalmic { get; } =
    [
        new("orbital_inflammation", 65, BilagGrade.A),
        new("keratitis_severe", 66, BilagGrade.A),
        new("keratitis_mild", 67, BilagGrade.B),
        new("anterior_uveitis", 68, BilagGrade.B),
        new("posterior_uveitis_retinal_vasculitis_severe", 69, BilagGrade.A),
        new("posterior_uveitis_retinal_vasculitis_mild", 70, BilagGrade.B),
        new("episcleritis", 71, BilagGrade.C),
        new("scleritis_severe", 72, BilagGrade.A),
        new("scleritis_mild", 73, BilagGrade.B),
        new("retinal_choroidal_vaso_occlusive_disease", 74, BilagGrade.A),
        new("isolated_cotton_wool_spots", 75, BilagGrade.C),
        new("optic_neuritis", 76, BilagGrade.A),
        new("anterior_ischaemic_optic_neuropathy", 77, BilagGrade.A),
    ];

    /// <summary>Haematological item 95, thrombotic thrombocytopenic purpura (A when active, B when improving).</summary>
    public static IReadOnlyList<BilagItem> Haematological { get; } = [new("ttp", 95, BilagGrade.A)];

    /// <summary>Coded items of one domain (empty for the renal domain).</summary>
    public static IReadOnlyList<BilagItem> Of(BilagDomain domain) => domain switch
    {
        BilagDomain.Constitutional => Constitutional,
        BilagDomain.Mucocutaneous => Mucocutaneous,
        BilagDomain.Neuropsychiatric => Neuropsychiatric,
        BilagDomain.Musculoskeletal => Musculoskeletal,
        BilagDomain.Cardiorespiratory => Cardiorespiratory,
        BilagDomain.Gastrointestinal => Gastrointestinal,
        BilagDomain.Ophthalmic => Ophthalmic,
        BilagDomain.Haematological => Haematological,
        _ => [],
    };
}
