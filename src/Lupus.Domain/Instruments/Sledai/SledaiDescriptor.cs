namespace Lupus.Domain.Instruments.Sledai;

/// <summary>The 24 SLEDAI descriptors, in the order of the SLEDAI-2K form.</summary>
public enum SledaiDescriptor
{
    Seizure,
    Psychosis,
    OrganicBrainSyndrome,
    VisualDisturbance,
    CranialNerveDisorder,
    LupusHeadache,
    Cva,
    Vasculitis,
    Arthritis,
    Myositis,
    UrinaryCasts,
    Hematuria,
    Proteinuria,
    Pyuria,
    Rash,
    Alopecia,
    MucosalUlcers,
    Pleurisy,
    Pericarditis,
    LowComplement,
    IncreasedDnaBinding,
    Fever,
    Thrombocytopenia,
    Leukopenia,
}

/// <summary>Definition data of one descriptor: its key, weight and groupings.</summary>
/// <param name="Descriptor">The descriptor.</param>
/// <param name="Key">Snake_case key used in inputs and outputs.</param>
/// <param name="Weight">Points when present (SLEDAI-2K and SELENA-SLEDAI share weights).</param>
/// <param name="Serological">Low complement or increased DNA binding (excluded from the clinical SLEDAI).</param>
/// <param name="MajorOrgan">Major-organ descriptor in the LLDAS sense (neuropsychiatric, vasculitis, renal, serositis, fever).</param>
public sealed record SledaiDescriptorInfo(SledaiDescriptor Descriptor, string Key, int Weight, bool Serological, bool MajorOrgan);

/// <summary>The SLEDAI-2K descriptor table (Gladman 2002): weights total 105.</summary>
public static class SledaiDescriptors
{
    /// <summary>Number of descriptors.</summary>
    public const int Count = 24;

    /// <summary>Maximum possible total.</summary>
    public const int MaximumScore = 105;

    /// <summary>All descriptors, indexed by <see cref="SledaiDescriptor"/>.</summary>
    public static IReadOnlyList<SledaiDescriptorInfo> All => Table;

    /// <summary>The same table as an array, for loops on hot paths.</summary>
    internal static readonly SledaiDescriptorInfo[] Table =
    [
        new(SledaiDescriptor.Seizure, "seizure", 8, false, true),
        new(SledaiDescriptor.Psychosis, "psychosis", 8, false, true),
        new(SledaiDescriptor.OrganicBrainSyndrome, "organic_brain_syndrome", 8, false, true),
        new(SledaiDescriptor.VisualDisturbance, "visual_disturbance", 8, false, true),
        new(SledaiDescriptor.CranialNerveDisorder, "cranial_nerve_disorder", 8, false, true),
        new(SledaiDescriptor.LupusHeadache, "lupus_headache", 8, false, true),
        new(SledaiDescriptor.Cva, "cva", 8, false, true),
        new(SledaiDescriptor.Vasculitis, "vasculitis", 8, false, true),
        new(SledaiDescriptor.Arthritis, "arthritis", 4, false, false),
        new(SledaiDescriptor.Myositis, "myositis", 4, false, false),
        new(SledaiDescriptor.UrinaryCasts, "urinary_casts", 4, false, true),
        new(SledaiDescriptor.Hematuria, "hematuria", 4, false, true),
        new(SledaiDescriptor.Proteinuria, "proteinuria", 4, false, true),
        new(SledaiDescriptor.Pyuria, "pyuria", 4, false, true),
        new(SledaiDescriptor.Rash, "rash", 2, false, false),
        new(SledaiDescriptor.Alopecia, "alopecia", 2, false, false),
        new(SledaiDescriptor.MucosalUlcers, "mucosal_ulcers", 2, false, false),
        new(SledaiDescriptor.Pleurisy, "pleurisy", 2, false, true),
        new(SledaiDescriptor.Pericarditis, "pericarditis", 2, false, true),
        new(SledaiDescriptor.LowComplement, "low_complement", 2, true, false),
        new(SledaiDescriptor.IncreasedDnaBinding, "increased_dna_binding", 2, true, false),
        new(SledaiDescriptor.Fever, "fever", 1, false, true),
        new(SledaiDescriptor.Thrombocytopenia, "thrombocytopenia", 1, false, false),
        new(SledaiDescriptor.Leukopenia, "leukopenia", 1, false, false),
    ];

    /// <summary>All descriptor keys, in form order.</summary>
    public static IReadOnlyList<string> Keys { get; } = All.Select(d => d.Key).ToArray();

    public static SledaiDescriptorInfo Get(SledaiDescriptor descriptor) => All[(int)descriptor];

    /// <summary>Finds a descriptor by key.</summary>
    public static bool TryParse(string key, out SledaiDescriptor descriptor)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Key, key, StringComparison.Ordinal))
            {
                descriptor = All[i].Descriptor;
                return true;
            }
        }

        descriptor = default;
        return false;
    }
}
