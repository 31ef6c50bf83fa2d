namespace Lupus.Trials.Endpoints;

/// <summary>The scheduled months and their visit windows, counted from the time origin.</summary>
/// <remarks>
/// Month m targets day round(m x 30.4375). A visit counts for the month when it is within 15 days of the target
/// (months 1 and 3) or 30 days (month 6 on), ends included; the nearest such visit is used. Baseline is the last
/// visit from day -30 to day 0 inclusive.
/// </remarks>
public static class TrialSchedule
{
    public const int BaselineWindowDays = 30;

    public static IReadOnlyList<int> Months { get; } = [1, 3, 6, 9, 12, 18, 24, 30, 36, 42, 48];

    public static int TargetDay(int month) => (int)Math.Round(month * 30.4375, MidpointRounding.AwayFromZero);

    public static int WindowDays(int month) => month <= 3 ? 15 : 30;

    /// <summary>Last day of the 12-month window: the horizon of the 12-month response.</summary>
    public static int TwelveMonthHorizon { get; } = TargetDay(12) + WindowDays(12);
}
