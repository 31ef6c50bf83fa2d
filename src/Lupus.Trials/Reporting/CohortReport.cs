using System.Text.Json.Serialization;

namespace Lupus.Trials.Reporting;

/// <summary>The analysis of one cohort.</summary>
public sealed record CohortReport
{
    public required string Name { get; init; }

    public required int N { get; init; }

    public required PatientFlow Flow { get; init; }

    [JsonPropertyName("response_12m")]
    public required ResponseCounts Response12m { get; init; }

    /// <summary>Response rates at 12 months with Wilson 95% intervals (MCR, PCR, overall).</summary>
    public required IReadOnlyList<Rate> ResponseRates { get; init; }

    public required SurvivalSummary Survival { get; init; }

    public required RelapseSummary Relapse { get; init; }

    public required IReadOnlyList<Table1Row> Table1 { get; init; }

    public required IReadOnlyList<MonthEndpoints> Endpoints { get; init; }

    public required IReadOnlyList<Trajectory> Trajectories { get; init; }

    public required IReadOnlyList<PairedChange> Changes { get; init; }

    public required IReadOnlyList<AdverseEventRow> AdverseEvents { get; init; }

    /// <summary>Cox model of death on baseline predictors, when asked for.</summary>
    public CoxSummary? Cox { get; init; }
}
