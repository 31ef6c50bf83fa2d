namespace Lupus.Statistics.Survival;

/// <summary>Harrell's concordance counts and the C statistic.</summary>
/// <param name="Concordant">Comparable pairs where the earlier failure has the higher risk score.</param>
/// <param name="Discordant">Comparable pairs where it has the lower risk score.</param>
/// <param name="TiedRisk">Comparable pairs with equal risk scores (each counts one half).</param>
/// <param name="TiedTime">Pairs of events at the same time (not comparable).</param>
/// <param name="Value">(concordant + tied/2) / (concordant + discordant + tied).</param>
public sealed record Concordance(double Concordant, double Discordant, double TiedRisk, double TiedTime, double Value);
