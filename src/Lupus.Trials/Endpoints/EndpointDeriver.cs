using System.Collections.Concurrent;

namespace Lupus.Trials.Endpoints;

/// <summary>Derives a patient's trial endpoints from the course of visits (pure; no I/O).</summary>
/// <remarks>
/// Time origin: the first MSC infusion (day 0). The provisional MSC rule runs over every post-baseline visit in
/// order; the 12-month response is the best category (MCR over PCR) at the visits up to
/// <see cref="TrialSchedule.TwelveMonthHorizon"/>. Relapse: the first visit the rule calls a relapse; censored at
/// death or last contact. Flares compare consecutive visits (<see cref="FlareCriteria"/>).
/// </remarks>
public static class EndpointDeriver
{
    public const string NoOrigin = "no MSC infusion (no time origin)";
    public const string NoBaseline = "no baseline BILAG-2004 (day -30 to 0)";
    public const string BaselineIncomplete = "baseline BILAG-2004 incomplete";
    public const string NoFollowUp = "no complete BILAG-2004 within 12 months";

    [ThreadStatic]
    private static MscCategory[]? _categories;

    /// <summary>Every patient's endpoints, in input order; patients are independent, so they are derived on all cores.</summary>
    public static PatientEndpoints[] DeriveAll(IReadOnlyList<PatientCourse> courses)
    {
        ArgumentNullException.ThrowIfNull(courses);
        var results = new PatientEndpoints[courses.Count];

        // Ranges rather than single patients: one delegate call per chunk, not per patient.
        Parallel.ForEach(Partitioner.Create(0, courses.Count), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = Derive(courses[i]);
            }
        });
        return results;
    }

    public static PatientEndpoints Derive(PatientCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        var visits = course.Visits;
        var died = course.DeathDay is not null;
        var endDay = course.DeathDay ?? course.LastContactDay;
        var baselineIndex = BaselineIndex(visits);
        var reason = !course.HasOrigin ? NoOrigin
            : baselineIndex < 0 || visits[baselineIndex].Bilag is null ? NoBaseline
            : !visits[baselineIndex].BilagComplete ? BaselineIncomplete
            : null;
        if (reason is not null)
        {
            return NotEvaluable(course, reason, died, endDay, Flares(visits, 0));
        }

        var baseline = visits[baselineIndex];
        var state = new MscResponseState(baseline);
        var categories = Categories(visits.Count);
        var best = TrialResponse.NotEvaluable;
        int? firstResponse = null, relapseDay = null;
        for (var i = baselineIndex + 1; i < visits.Count; i++)
        {
            var visit = visits[i];
            var category = categories[i] = state.Next(visit);
            if (category is MscCategory.Mcr or MscCategory.Pcr)
            {
                firstResponse ??= visit.Day;
            }
            else if (category == MscCategory.Relapse)
            {
                relapseDay ??= visit.Day;
            }

            if (visit.Day <= TrialSchedule.TwelveMonthHorizon && category != MscCategory.NotAssessable)
            {
                best = (TrialResponse)Math.Max((int)best, (int)Rank(category));
            }
        }

        if (best == TrialResponse.NotEvaluable)
        {
            return NotEvaluable(course, NoFollowUp, died, endDay, Flares(visits, baselineIndex));
        }

        return new PatientEndpoints
        {
            PatientKey = course.PatientKey,
            Cohort = course.Cohort,
            RuleVersion = EndpointRules.Version,
            Response12m = best,
            FirstResponseDay = firstResponse,
            Died = died,
            SurvivalDay = endDay,
            Relapsed = relapseDay is not null,
            RelapseDay = relapseDay ?? endDay,
            Months = Months(visits, baselineIndex, categories),
            Flares = Flares(visits, baselineIndex),
        };
    }

    private static TrialResponse Rank(MscCategory category) => category switch
    {
        MscCategory.Mcr => TrialResponse.Mcr,
        MscCategory.Pcr => TrialResponse.Pcr,
        _ => TrialResponse.None,
    };

    private static int BaselineIndex(IReadOnlyList<CourseVisit> visits)
    {
        var index = -1;
        for (var i = 0; i < visits.Count && visits[i].Day <= 0; i++)
        {
            if (visits[i].Day >= -TrialSchedule.BaselineWindowDays)
            {
                index = i;
            }
        }

        return index;
    }

    // The per-visit categories only live during one derivation: one buffer per thread, grown as needed.
    private static MscCategory[] Categories(int count)
    {
        var buffer = _categories;
        if (buffer is null || buffer.Length < count)
        {
            buffer = _categories = new MscCategory[Math.Max(count, 64)];
        }

        return buffer;
    }

    private static List<MonthAssessment> Months(IReadOnlyList<CourseVisit> visits, int baselineIndex, MscCategory[] categories)
    {
        var baseline = visits[baselineIndex];
        var months = new List<MonthAssessment>(TrialSchedule.Months.Count);
        var from = baselineIndex + 1;
        for (var m = 0; m < TrialSchedule.Months.Count; m++)
        {
            var month = TrialSchedule.Months[m];

            // Windows move forward with the months, so visits before this window are before every later one too.
            while (from < visits.Count && visits[from].Day < TrialSchedule.TargetDay(month) - TrialSchedule.WindowDays(month))
            {
                from++;
            }

            var i = Nearest(visits, from, month);
            if (i < 0)
            {
                if (visits[^1].Day < TrialSchedule.TargetDay(month))
                {
                    break;
                }

                months.Add(new MonthAssessment(month, null, MscCategory.NotAssessable, null, null, null, null));
                continue;
            }

            var visit = visits[i];
            months.Add(new MonthAssessment(
                month,
                visit.Day,
                categories[i],
                MonthInstruments.Renal(baseline, visit),
                MonthInstruments.Sri4Responder(baseline, visit),
                MonthInstruments.LldasMet(visits[i - 1], visit),
                MonthInstruments.DorisMet(visit)));
        }

        return months;
    }

    private static int Nearest(IReadOnlyList<CourseVisit> visits, int from, int month)
    {
        var target = TrialSchedule.TargetDay(month);
        var window = TrialSchedule.WindowDays(month);
        int best = -1, bestDistance = int.MaxValue;
        for (var i = from; i < visits.Count && visits[i].Day <= target + window; i++)
        {
            var distance = Math.Abs(visits[i].Day - target);
            if (distance <= window && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static IReadOnlyList<FlareEvent> Flares(IReadOnlyList<CourseVisit> visits, int from)
    {
        List<FlareEvent>? flares = null;
        for (var i = Math.Max(from, 0) + 1; i < visits.Count; i++)
        {
            if (FlareCriteria.Classify(visits[i - 1], visits[i]) is { } category && category != Domain.Instruments.Flare.FlareCategory.None)
            {
                (flares ??= []).Add(new FlareEvent(visits[i].Day, category));
            }
        }

        return flares is null ? Array.Empty<FlareEvent>() : flares;
    }

    private static PatientEndpoints NotEvaluable(PatientCourse course, string reason, bool died, int endDay, IReadOnlyList<FlareEvent> flares) => new()
    {
        PatientKey = course.PatientKey,
        Cohort = course.Cohort,
        RuleVersion = EndpointRules.Version,
        Response12m = TrialResponse.NotEvaluable,
        NotEvaluableReason = reason,
        Died = died,
        SurvivalDay = endDay,
        RelapseDay = endDay,
        Months = [],
        Flares = flares,
    };
}
