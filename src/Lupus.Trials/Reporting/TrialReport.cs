namespace Lupus.Trials.Reporting;

/// <summary>Everything the trial report shows, as numbers: one section per cohort plus methods.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Site">Site code the report is restricted to; null for every site in scope.</param>
/// <param name="SoftwareVersion">LupusTrials version that produced it.</param>
/// <param name="RuleVersion">Endpoint rule version (<see cref="Endpoints.EndpointRules.Version"/>).</param>
/// <param name="Cohorts">One entry per cohort label.</param>
/// <param name="Methods">Instrument definitions used, with versions.</param>
/// <param name="Evidence">Evidence synthesis section; null until the evidence synthesis is attached.</param>
public sealed record TrialReport(
    string Title,
    string? Site,
    string SoftwareVersion,
    string RuleVersion,
    IReadOnlyList<CohortReport> Cohorts,
    IReadOnlyList<MethodEntry> Methods,
    EvidenceSection? Evidence);
