using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>Settings of <c>lupus survival cox</c>.</summary>
internal sealed record CoxSettings(
    string Input,
    string Time,
    string Event,
    IReadOnlyList<string> Covariates,
    string? Strata,
    TiesMethod Ties,
    bool Zph,
    double Level,
    SurvivalFormat Format,
    string? Output);
