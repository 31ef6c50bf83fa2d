using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Application.Demo;

/// <summary>
/// The synthetic demonstration data, deterministic from a seed: two sites and two MSC cohorts modelled on the
/// published trials (<see cref="DemoCohortPlan.Multicentre"/>, 40 patients over 12 months, alternately at both sites:
/// NUH-001..020 and RLC-001..020; <see cref="DemoCohortPlan.LongTerm"/>, 87 patients over four years at the first
/// site: NUH-101..187).
/// </summary>
/// <remarks>
/// Only visits, labs, infusions, events and vital status are generated; response, survival and relapse figures are
/// whatever the endpoint derivation makes of them.
/// </remarks>
public sealed class TrialDemo
{
    private TrialDemo()
    {
    }

    public Site SiteA { get; } = new() { Id = new Guid("0b9f8a52-6f0e-4e52-9c1a-3f6d1a000001"), Code = "NUH", Name = "Northgate University Hospital" };

    public Site SiteB { get; } = new() { Id = new Guid("0b9f8a52-6f0e-4e52-9c1a-3f6d1a000002"), Code = "RLC", Name = "Riverside Lupus Centre" };

    /// <summary>Patients and their records, parents before children, ready to add to a context.</summary>
    public IReadOnlyList<object> Records { get; private init; } = [];

    /// <summary>The cohort labels generated, in order.</summary>
    public static IReadOnlyList<string> CohortNames { get; } = [DemoCohortPlan.Multicentre.Name, DemoCohortPlan.LongTerm.Name];

    public static TrialDemo Create(int seed)
    {
        var random = new Random(seed);
        var records = new List<object>();
        var demo = new TrialDemo { Records = records };
        var factory = new DemoPatientFactory(random, records);
        var numbers = new Dictionary<Site, int> { [demo.SiteA] = 0, [demo.SiteB] = 0 };
        AddCohort(factory, random, DemoCohortPlan.Multicentre, numbers, i => i % 2 == 0 ? demo.SiteA : demo.SiteB, new LocalDate(2010, 4, 1), 13);
        numbers[demo.SiteA] = 100;
        AddCohort(factory, random, DemoCohortPlan.LongTerm, numbers, _ => demo.SiteA, new LocalDate(2007, 3, 1), 12);
        return demo;
    }

    private static void AddCohort(
        DemoPatientFactory factory, Random random, DemoCohortPlan plan, Dictionary<Site, int> numbers, Func<int, Site> site, LocalDate firstOrigin, int spacingDays)
    {
        var roles = DemoRoles.Assign(plan, random);
        for (var i = 0; i < roles.Length; i++)
        {
            var s = site(i);
            numbers[s]++;
            factory.Add(s, $"{s.Code}-{numbers[s]:000}", plan.Name, plan, roles[i], firstOrigin.PlusDays((i * spacingDays) + random.Next(spacingDays)));
        }
    }
}
