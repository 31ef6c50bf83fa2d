namespace Lupus.Cli.Survival;

/// <summary>Settings of <c>lupus survival cif</c>.</summary>
internal sealed record CifSettings(
    string Input, string Time, string Status, string? Group, string? Plot, SurvivalFormat Format, string? Output, string? Strata = null, double Rho = 0);
