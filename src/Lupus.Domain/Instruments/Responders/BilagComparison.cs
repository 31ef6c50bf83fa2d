using Lupus.Domain.Instruments.Bilag;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>
/// The shared definitions of specification 5 used by SRI-4, BICLA and the MSC-trial rule: new BILAG A, new BILAG
/// B and PGA worsening. Counts are null when a domain is not graded in either dictionary.
/// </summary>
public static class BilagComparison
{
    /// <summary>PGA rise (0-3 scale) that counts as worsening, inclusive: 10% of the scale.</summary>
    public const decimal PgaWorseningRise = 0.3m;

    /// <summary>A domain graded A now that was B-E at the reference visit.</summary>
    public static bool IsNewA(BilagGrade reference, BilagGrade current) => current == BilagGrade.A && reference != BilagGrade.A;

    /// <summary>A domain graded B now that was C-E at the reference visit (A to B is an improvement).</summary>
    public static bool IsNewB(BilagGrade reference, BilagGrade current) => current == BilagGrade.B && reference > BilagGrade.B;

    /// <summary>Domains with a new A, or null when either dictionary is incomplete.</summary>
    public static int? NewACount(BilagGrades reference, BilagGrades current) => Count(reference, current, BilagGrade.A);

    /// <summary>Domains with a new B, or null when either dictionary is incomplete.</summary>
    public static int? NewBCount(BilagGrades reference, BilagGrades current) => Count(reference, current, BilagGrade.B);

    /// <summary>No new A and at most one new B; null when the counts are unknown.</summary>
    public static bool? NoBilagWorsening(int? newA, int? newB) => newA is null || newB is null ? null : newA == 0 && newB <= 1;

    /// <summary>True when the PGA did not rise by 0.3 or more (exact decimal); null when either value is missing.</summary>
    public static bool? NoPgaWorsening(decimal? baseline, decimal? followup) =>
        baseline is { } b && followup is { } f ? f - b < PgaWorseningRise : null;

    /// <summary>True when every component holds, false when any fails, null when any is unknown.</summary>
    /// <remarks>A missing component leaves the responder status null even if another component failed (5.2).</remarks>
    public static bool? AllHold(params ReadOnlySpan<bool?> components)
    {
        var allTrue = true;
        foreach (var component in components)
        {
            if (component is not { } holds)
            {
                return null;
            }

            allTrue &= holds;
        }

        return allTrue;
    }

    // A loop over the domains rather than a query: SRI-4, BICLA and the trial derivation run this per visit.
    private static int? Count(BilagGrades reference, BilagGrades current, BilagGrade newGrade)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        var count = 0;
        for (var d = BilagDomain.Constitutional; d <= BilagDomain.Haematological; d++)
        {
            if (reference[d] is not { } r || current[d] is not { } c)
            {
                return null;
            }

            count += (newGrade == BilagGrade.A ? IsNewA(r, c) : IsNewB(r, c)) ? 1 : 0;
        }

        return count;
    }
}
