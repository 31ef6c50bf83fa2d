namespace Lupus.Trials.Reporting;

/// <summary>Paired change from baseline at one month.</summary>
public sealed record PairedChange(
    string Measure, string Unit, int Month, int N, double BaselineMean, double MonthMean, double MeanChange, double ChangeLower, double ChangeUpper,
    double TTestP, double WilcoxonV, double WilcoxonP, bool WilcoxonExact);
