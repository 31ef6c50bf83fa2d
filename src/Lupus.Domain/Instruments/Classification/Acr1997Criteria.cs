namespace Lupus.Domain.Instruments.Classification;

/// <summary>The 11 ACR 1997 (revised 1982) criteria, in specification order.</summary>
public enum Acr1997Criterion
{
    MalarRash,
    DiscoidRash,
    Photosensitivity,
    OralUlcers,
    Arthritis,
    Serositis,
    RenalDisorder,
    NeurologicDisorder,
    HematologicDisorder,
    ImmunologicDisorder,
    Ana,
}

/// <summary>The ACR 1997 criterion table.</summary>
public static class Acr1997Criteria
{
    /// <summary>Criteria needed to classify (inclusive).</summary>
    public const int Threshold = 4;

    /// <summary>The criteria with their input keys, in specification order.</summary>
    public static IReadOnlyList<(Acr1997Criterion Criterion, string Key)> Keys { get; } =
    [
        (Acr1997Criterion.MalarRash, "malar_rash"),
        (Acr1997Criterion.DiscoidRash, "discoid_rash"),
        (Acr1997Criterion.Photosensitivity, "photosensitivity"),
        (Acr1997Criterion.OralUlcers, "oral_ulcers"),
        (Acr1997Criterion.Arthritis, "arthritis"),
        (Acr1997Criterion.Serositis, "serositis"),
        (Acr1997Criterion.RenalDisorder, "renal_disorder"),
        (Acr1997Criterion.NeurologicDisorder, "neurologic_disorder"),
        (Acr1997Criterion.HematologicDisorder, "hematologic_disorder"),
        (Acr1997Criterion.ImmunologicDisorder, "immunologic_disorder"),
        (Acr1997Criterion.Ana, "ana"),
    ];
}

/// <summary>A patient's cumulative ACR 1997 record.</summary>
/// <param name="Met">Criteria documented as met.</param>
public sealed record Acr1997Input(IReadOnlySet<Acr1997Criterion> Met);
