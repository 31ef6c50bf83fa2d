using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>Settings of <c>lupus survival km</c>.</summary>
internal sealed record KmSettings(
    string Input,
    string Time,
    string Event,
    string? Group,
    string? Strata,
    ConfidenceType ConfidenceType,
    double Level,
    string? Plot,
    IReadOnlyList<double> RiskTimes,
    SurvivalFormat Format,
    string? Output);
