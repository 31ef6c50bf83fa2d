namespace Lupus.Reports.Survival;

/// <summary>One step curve to draw: its values after each time, optional confidence limits and censoring marks.</summary>
/// <param name="Label">Legend text (null for a single unlabelled curve).</param>
/// <param name="Times">Times at which the curve may change, ascending.</param>
/// <param name="Values">The curve's value from each time on.</param>
/// <param name="Lower">Lower limits aligned with <paramref name="Times"/> (null entries are not drawn), or null.</param>
/// <param name="Upper">Upper limits, or null.</param>
/// <param name="Censored">Indices into <paramref name="Times"/> where a subject was censored.</param>
/// <param name="Start">The curve's value at time 0 (1 for survival, 0 for incidence).</param>
public sealed record SurvivalSeries(
    string? Label,
    IReadOnlyList<double> Times,
    IReadOnlyList<double> Values,
    IReadOnlyList<double?>? Lower,
    IReadOnlyList<double?>? Upper,
    IReadOnlyList<int> Censored,
    double Start);
