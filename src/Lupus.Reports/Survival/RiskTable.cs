namespace Lupus.Reports.Survival;

/// <summary>Numbers at risk to print under a survival figure's time axis.</summary>
/// <param name="Labels">Row labels, one per curve, in legend order.</param>
/// <param name="Times">Times of the columns (the time axis ticks).</param>
/// <param name="Counts">Per row, the number at risk at each time.</param>
public sealed record RiskTable(IReadOnlyList<string> Labels, IReadOnlyList<double> Times, IReadOnlyList<IReadOnlyList<int>> Counts);
