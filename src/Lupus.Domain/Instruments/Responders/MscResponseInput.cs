using Lupus.Domain.Instruments.Bilag;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>Response reached at an earlier visit, against which a relapse is judged.</summary>
public enum PriorResponse
{
    /// <summary>No earlier response, or the last one was already followed by a relapse.</summary>
    None,

    /// <summary>Major clinical response.</summary>
    Mcr,

    /// <summary>Partial clinical response.</summary>
    Pcr,
}

/// <summary>
/// Input of the provisional <c>msc_bilag_response</c> rule (specification 4.5): baseline and visit grade
/// dictionaries, the earlier response (if any) with the grades of that response visit, and the thresholds.
/// </summary>
/// <remarks>
/// Earlier visits enter as their outcome: the caller evaluates visits in order and passes, at each visit, the most
/// recent response not yet followed by a relapse (<see cref="PriorResponse"/>) and that visit's grades.
/// </remarks>
public sealed record MscResponseInput
{
    public BilagGrades Baseline { get; init; } = BilagGrades.Empty;

    public BilagGrades Visit { get; init; } = BilagGrades.Empty;

    /// <summary>Earlier response still standing; <see cref="PriorResponse.None"/> when there is none.</summary>
    public PriorResponse PriorResponse { get; init; }

    /// <summary>Grades at the visit of <see cref="PriorResponse"/>; null when there was no earlier response.</summary>
    public BilagGrades? ResponseVisit { get; init; }

    /// <summary>Most B domains a major clinical response allows (default 0: no A and no B).</summary>
    public int McrMaxBDomains { get; init; }

    /// <summary>Most B domains a partial clinical response allows (default 1).</summary>
    public int PcrMaxBDomains { get; init; } = 1;

    /// <summary>Baseline A domains that make a partial response an improvement (default 1).</summary>
    public int PcrBaselineMinADomains { get; init; } = 1;

    /// <summary>Baseline B domains that make a partial response an improvement (default 2).</summary>
    public int PcrBaselineMinBDomains { get; init; } = 2;

    /// <summary>New A domains, compared with the response visit, that make a relapse (default 1).</summary>
    public int RelapseMinNewADomains { get; init; } = 1;

    /// <summary>New B domains, compared with the response visit, that make a relapse (default 2).</summary>
    public int RelapseMinNewBDomains { get; init; } = 2;
}
