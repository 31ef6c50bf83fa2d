using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>
/// A patient's derived trial endpoints, stored with the rule version and a fingerprint of the data they came from.
/// </summary>
/// <remarks>
/// Derived, never typed in, so not audited: a stale row (other rule version or fingerprint) is recomputed before use.
/// The summary columns serve queries; <see cref="Detail"/> holds the full derivation as JSON.
/// </remarks>
public sealed class PatientEndpoint
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public string RuleVersion { get; set; } = "";

    /// <summary>Hash of every input the derivation read; a different hash means the data changed.</summary>
    public string InputFingerprint { get; set; } = "";

    public Instant ComputedAt { get; set; }

    /// <summary>Best provisional MSC response within 12 months: <c>mcr</c>, <c>pcr</c>, <c>none</c> or <c>not_evaluable</c>.</summary>
    public string Response12m { get; set; } = "";

    public string? NotEvaluableReason { get; set; }

    public bool Died { get; set; }

    /// <summary>Days from the time origin to death or last contact.</summary>
    public int? SurvivalDays { get; set; }

    public bool Relapsed { get; set; }

    /// <summary>Days from the time origin to the first relapse after a response, or to censoring.</summary>
    public int? RelapseDays { get; set; }

    public string Detail { get; set; } = "";
}
