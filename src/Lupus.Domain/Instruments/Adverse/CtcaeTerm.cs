namespace Lupus.Domain.Instruments.Adverse;

/// <summary>The CTCAE v5.0 terms graded by the platform (specification 8).</summary>
public enum CtcaeTerm
{
    /// <summary><c>infusion_related_reaction</c>.</summary>
    InfusionRelatedReaction,

    /// <summary><c>fever</c>.</summary>
    Fever,

    /// <summary><c>infection</c>: the generic pattern of most v5.0 infection terms.</summary>
    Infection,

    /// <summary><c>sepsis</c>: grades 4 and 5 only in v5.0.</summary>
    Sepsis,

    /// <summary><c>febrile_neutropenia</c>.</summary>
    FebrileNeutropenia,
}
