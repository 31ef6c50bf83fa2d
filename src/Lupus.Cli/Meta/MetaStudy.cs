using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>One usable input row: its label, effect size and, for binary data, its 2×2 table.</summary>
/// <param name="Row">Zero-based data row in the CSV.</param>
/// <param name="Label">The <c>study</c> cell, or the file line number when there is no study column.</param>
/// <param name="Effect">Per-study effect size and variance; null for a double-zero table under MH/Peto.</param>
/// <param name="Table">The raw 2×2 table for RR/OR/RD input, otherwise null.</param>
/// <param name="N">Sample size for single-group proportions (PFT back-transformation), otherwise null.</param>
internal sealed record MetaStudy(int Row, string Label, EffectSize? Effect, TwoByTwoTable? Table, double? N);
