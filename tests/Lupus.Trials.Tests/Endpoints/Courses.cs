using Lupus.Domain.Instruments.Bilag;
using Lupus.Trials.Endpoints;

namespace Lupus.Trials.Tests.Endpoints;

/// <summary>Small hand-written courses: one visit per scheduled month with the given BILAG letters.</summary>
internal static class Courses
{
    public static readonly int[] Months = [0, 1, 3, 6, 9, 12];

    public static PatientCourse Of(params string[] grades) => With(null, grades);

    public static PatientCourse With(int? deathDay, params string[] grades)
    {
        var visits = grades.Select((g, i) => new CourseVisit
        {
            Day = TrialSchedule.TargetDay(Months[i]),
            Bilag = g.Length == 0 ? null : BilagGrades.Parse(g),
            Sledai2k = 10 - i,
            Pga = 1.5m,
            PrednisoneMgPerDay = 10m,
        }).ToList();
        return new PatientCourse(Guid.Empty, "test", true, visits, deathDay, deathDay ?? visits[^1].Day);
    }
}
