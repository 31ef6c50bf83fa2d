namespace Lupus.Domain.Instruments.Bilag;

/// <summary>Grading steps shared by every BILAG-2004 domain.</summary>
public static class BilagGrading
{
    /// <summary>Primary reference of the BILAG-2004 index.</summary>
    public const string IndexCitation =
        "Isenberg DA, Rahman A, Allen E, et al. BILAG 2004. Development and initial validation of an updated version of the British Isles Lupus Assessment Group's disease activity index for patients with systemic lupus erythematosus. Rheumatology (Oxford) 2005;44:902-906.";

    /// <summary>Note added when D and E cannot be told apart because earlier involvement is unknown.</summary>
    public const string PreviousInvolvementUnknown = "previous_involvement_unknown";

    /// <summary>The more severe of two activity grades; null means "no activity".</summary>
    public static BilagGrade? Worse(BilagGrade? a, BilagGrade? b) =>
        a is null ? b : b is null ? a : (BilagGrade)Math.Min((int)a.Value, (int)b.Value);

    /// <summary>
    /// The domain grade from the worst activity grade (A-C, or null for none): without activity the domain is
    /// D when involved at any earlier assessment, E when never involved, and not assessable when that is unknown.
    /// </summary>
    public static BilagGrade? Settle(BilagGrade? activity, bool? previousInvolvement) =>
        activity ?? previousInvolvement switch
        {
            true => BilagGrade.D,
            false => BilagGrade.E,
            null => null,
        };
}
