namespace Lupus.Trials.Endpoints;

/// <summary>Best provisional MSC response of a patient within a period.</summary>
public enum TrialResponse
{
    NotEvaluable,
    None,
    Pcr,
    Mcr,
}
