using Lupus.Application.Endpoints;
using Lupus.Trials.Endpoints;

namespace Lupus.Application.Reporting;

/// <summary>A patient's value of a measure at baseline (month 0) and each scheduled month, by the visit windows.</summary>
internal static class MonthValues
{
    public static IReadOnlyList<int> MonthsWithBaseline { get; } = [0, .. TrialSchedule.Months];

    /// <summary>Month of a day: 0 for the baseline window, the scheduled month whose window holds it, else null.</summary>
    public static int? MonthOf(int day)
    {
        if (day <= 0)
        {
            return day >= -TrialSchedule.BaselineWindowDays ? 0 : null;
        }

        foreach (var month in TrialSchedule.Months)
        {
            if (Math.Abs(day - TrialSchedule.TargetDay(month)) <= TrialSchedule.WindowDays(month))
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>Value per month; when two values fall in one window the one nearest the target wins (latest at baseline).</summary>
    public static Dictionary<int, double> Of(PatientData data, Measure measure)
    {
        var result = new Dictionary<int, (int Distance, double Value)>();
        if (data.Origin is not { } origin)
        {
            return [];
        }

        foreach (var (date, value) in measure.Values(data))
        {
            var day = CourseMapper.Days(origin, date);
            if (MonthOf(day) is not { } month)
            {
                continue;
            }

            var distance = Math.Abs(day - (month == 0 ? 0 : TrialSchedule.TargetDay(month)));
            if (!result.TryGetValue(month, out var current) || distance <= current.Distance)
            {
                result[month] = (distance, value);
            }
        }

        return result.ToDictionary(p => p.Key, p => p.Value.Value);
    }
}
