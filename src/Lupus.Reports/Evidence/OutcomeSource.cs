namespace Lupus.Reports.Evidence;

/// <summary>A file outcome that feeds an analysis, in priority order within the analysis.</summary>
/// <remarks>
/// <c>Outcome</c>: The <c>outcome</c> value in the study file.
/// <c>Complement</c>: True when the row counts the opposite event (deaths feeding a survival analysis: alive = total − events).
/// </remarks>
public sealed record OutcomeSource(string Outcome, bool Complement = false);
