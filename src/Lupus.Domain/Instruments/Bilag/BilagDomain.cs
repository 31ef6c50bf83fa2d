namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The 9 BILAG-2004 domains, in the order of the index form.</summary>
public enum BilagDomain
{
    Constitutional,
    Mucocutaneous,
    Neuropsychiatric,
    Musculoskeletal,
    Cardiorespiratory,
    Gastrointestinal,
    Ophthalmic,
    Renal,
    Haematological,
}
