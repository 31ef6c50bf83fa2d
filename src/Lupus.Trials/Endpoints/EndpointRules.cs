namespace Lupus.Trials.Endpoints;

/// <summary>The version of the endpoint rules; stored with every derived endpoint so a change forces recomputation.</summary>
public static class EndpointRules
{
    /// <summary>
    /// Rule set: provisional msc_bilag_response (specification 4.5, default thresholds), EULAR/ERA-EDTA 2019 renal
    /// response, SRI-4, LLDAS, DORIS 2021, score-based SELENA flare criteria, schedule of <see cref="TrialSchedule"/>.
    /// </summary>
    public const string Version = "trial-endpoints/1";
}
