namespace Lupus.Trials.Endpoints;

/// <summary>A patient's derived trial endpoints, days counted from the time origin.</summary>
public sealed record PatientEndpoints
{
    public required Guid PatientKey { get; init; }

    public required string Cohort { get; init; }

    public required string RuleVersion { get; init; }

    /// <summary>Best provisional MSC response at the visits up to the 12-month window.</summary>
    public required TrialResponse Response12m { get; init; }

    /// <summary>Why the patient is not evaluable; null when evaluable.</summary>
    public string? NotEvaluableReason { get; init; }

    /// <summary>Day the first response (MCR or PCR) was seen; null without a response.</summary>
    public int? FirstResponseDay { get; init; }

    public bool Died { get; init; }

    /// <summary>Day of death, or of last contact when alive.</summary>
    public int SurvivalDay { get; init; }

    /// <summary>True when a relapse followed a response.</summary>
    public bool Relapsed { get; init; }

    /// <summary>Day of the first relapse after a response, else of censoring (death or last contact).</summary>
    public int RelapseDay { get; init; }

    public required IReadOnlyList<MonthAssessment> Months { get; init; }

    public required IReadOnlyList<FlareEvent> Flares { get; init; }
}
