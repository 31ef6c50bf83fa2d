namespace Lupus.Application.Demo;

/// <summary>One synthetic cohort's design: size, schedule and how many patients follow each course.</summary>
/// <remarks>
/// The counts shape the trajectories the generator draws (for example 13 patients whose BILAG grades fall to no A or
/// B); the report's figures come only from the endpoint derivation applied to the visits generated.
/// </remarks>
internal sealed record DemoCohortPlan(
    string Name,
    string Citation,
    int[] VisitMonths,
    int Major,
    int Partial,
    int None,
    int Relapsing,
    int Deaths,
    int EnrolmentYear)
{
    public int Size => Major + Partial + None;

    /// <summary>Wang D, et al. Arthritis Res Ther 2014;16:R79: 40 patients, 12 months (MCR 13, PCR 11, 3 deaths).</summary>
    public static DemoCohortPlan Multicentre { get; } = new(
        "UC-MSC multicentre (12 months)",
        "Wang D, Li J, Zhang Y, et al. Arthritis Res Ther 2014;16:R79",
        [0, 1, 3, 6, 9, 12], Major: 13, Partial: 11, None: 16, Relapsing: 4, Deaths: 3, EnrolmentYear: 2010);

    /// <summary>Wang D, et al. Cell Transplant 2013;22:2267-2277: 87 patients, 4 years (5 deaths, 20 relapses).</summary>
    public static DemoCohortPlan LongTerm { get; } = new(
        "MSC long-term follow-up (4 years)",
        "Wang D, Zhang H, Liang J, et al. Cell Transplant 2013;22:2267-2277",
        [0, 1, 3, 6, 9, 12, 18, 24, 30, 36, 42, 48], Major: 31, Partial: 24, None: 32, Relapsing: 20, Deaths: 5, EnrolmentYear: 2007);
}
