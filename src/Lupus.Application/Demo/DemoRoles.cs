namespace Lupus.Application.Demo;

/// <summary>Deals the courses of a <see cref="DemoCohortPlan"/> to its patients in a seeded random order.</summary>
internal static class DemoRoles
{
    public static DemoRole[] Assign(DemoCohortPlan plan, Random random)
    {
        int[] responses = [.. Enumerable.Repeat(2, plan.Major), .. Enumerable.Repeat(1, plan.Partial), .. Enumerable.Repeat(0, plan.None)];
        random.Shuffle(responses);
        var lastVisit = plan.VisitMonths.Length - 1;
        var withinYear = Array.FindLastIndex(plan.VisitMonths, m => m <= 12);
        var responders = Enumerable.Range(0, responses.Length).Where(i => responses[i] > 0).ToArray();
        random.Shuffle(responders);
        var relapsing = responders.Take(plan.Relapsing).ToHashSet();
        var mayDie = Enumerable.Range(0, responses.Length)
            .Where(i => !relapsing.Contains(i) && (responses[i] == 0 || plan.VisitMonths[lastVisit] > 12)).ToArray();
        random.Shuffle(mayDie);
        var dying = mayDie.Take(plan.Deaths).ToHashSet();
        var lastDay = DemoPatientFactory.TargetDay(plan.VisitMonths[lastVisit]);

        var roles = new DemoRole[responses.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            var relapses = relapsing.Contains(i);
            // A relapse needs a later visit, and a 12-month response must be seen within the year.
            var responseVisit = 1 + random.Next(Math.Min(withinYear, relapses ? lastVisit - 1 : withinYear));
            int? relapseVisit = relapses ? responseVisit + 1 + random.Next(lastVisit - responseVisit) : null;
            int? deathDay = dying.Contains(i) ? 50 + random.Next(Math.Min(lastDay, 400) - 70) : null;
            if (deathDay is not null && responses[i] > 0)
            {
                // A responder who dies does so after the response was seen.
                deathDay = DemoPatientFactory.TargetDay(plan.VisitMonths[responseVisit]) + 20 + random.Next(lastDay - DemoPatientFactory.TargetDay(plan.VisitMonths[responseVisit]) - 40);
            }

            roles[i] = new DemoRole(responses[i], responseVisit, relapseVisit, deathDay);
        }

        return roles;
    }
}
