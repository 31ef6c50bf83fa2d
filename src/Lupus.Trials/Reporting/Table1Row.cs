namespace Lupus.Trials.Reporting;

/// <summary>A baseline characteristic: continuous (summary), or one category's count.</summary>
public sealed record Table1Row(string Label, string Display, int N, int Missing, bool Median);
