namespace Lupus.Application.Demo;

/// <summary>The course a synthetic patient is drawn to follow; the endpoints are derived from the visits, not from this.</summary>
/// <param name="Response">Response reached: 2 major, 1 partial, 0 none.</param>
/// <param name="ResponseVisit">Index of the first follow-up visit with that response (1 = month 1).</param>
/// <param name="RelapseVisit">Index of the visit where renal activity returns to A; null when none.</param>
/// <param name="DeathDay">Day of death after the first infusion; null when alive at the end of follow-up.</param>
internal sealed record DemoRole(int Response, int ResponseVisit, int? RelapseVisit, int? DeathDay);
