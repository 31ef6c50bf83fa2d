using Lupus.Application.Endpoints;
using Lupus.Statistics.Inference;
using Lupus.Trials.Endpoints;
using Lupus.Trials.Reporting;

namespace Lupus.Application.Reporting;

/// <summary>Analyses one cohort's derived patients: flow, Table 1, responses, survival, relapse, changes, safety.</summary>
internal static class CohortAnalysis
{
    public static CohortReport Analyse(string name, IReadOnlyList<DerivedPatient> patients, bool cox)
    {
        var endpoints = patients.Select(p => p.Endpoints).ToList();
        var n = patients.Count;
        var counts = new ResponseCounts(
            endpoints.Count(e => e.Response12m == TrialResponse.Mcr),
            endpoints.Count(e => e.Response12m == TrialResponse.Pcr),
            endpoints.Count(e => e.Response12m == TrialResponse.None),
            endpoints.Count(e => e.Response12m == TrialResponse.NotEvaluable));
        var months = endpoints.Select(e => e.SurvivalDay / CurveBuilder.DaysPerMonth).ToArray();
        var died = endpoints.Select(e => e.Died).ToArray();
        var relapseMonths = endpoints.Select(e => e.RelapseDay / CurveBuilder.DaysPerMonth).ToArray();
        var causes = endpoints.Select(e => e.Relapsed ? 1 : e.Died ? 2 : 0).ToArray();
        var clinical = Measure.Clinical.Concat(Measure.Immune).ToList();

        return new CohortReport
        {
            Name = name,
            N = n,
            Flow = Flow(patients),
            Response12m = counts,
            ResponseRates =
            [
                Rate("MCR", counts.Mcr, n),
                Rate("PCR", counts.Pcr, n),
                Rate("MCR or PCR", counts.Mcr + counts.Pcr, n),
                Rate("Alive", n - died.Count(d => d), n),
            ],
            Survival = new SurvivalSummary(n - died.Count(d => d), died.Count(d => d), CurveBuilder.Survival(months, died)),
            Relapse = new RelapseSummary(causes.Count(c => c == 1), causes.Count(c => c == 2), CurveBuilder.Incidence(relapseMonths, causes)),
            Table1 = Table1Builder.Build(patients),
            Endpoints = MonthTable(endpoints),
            Trajectories = [.. Measure.Trajectories.Select(m => ChangeAnalysis.Trajectory(ChangeAnalysis.Values(patients, m), m))],
            Changes = [.. clinical.SelectMany(m => ChangeAnalysis.Changes(ChangeAnalysis.Values(patients, m), m))],
            AdverseEvents = AdverseEvents(patients),
            Cox = cox ? CoxAnalysis.Fit(patients, months, died) : null,
        };
    }

    private static Rate Rate(string label, int count, int n)
    {
        if (n == 0)
        {
            return new Rate(label, 0, 0, double.NaN, double.NaN, double.NaN);
        }

        var p = Proportion.Wilson(count, n);
        return new Rate(label, count, n, p.Estimate, p.Lower, p.Upper);
    }

    private static PatientFlow Flow(IReadOnlyList<DerivedPatient> patients) => new(
        patients.Count,
        patients.Count(p => p.Course.HasOrigin),
        patients.Count(p => p.Endpoints.Response12m != TrialResponse.NotEvaluable),
        patients.Where(p => p.Endpoints.NotEvaluableReason is not null)
            .GroupBy(p => p.Endpoints.NotEvaluableReason!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        patients.Count(p => p.Endpoints.Died),
        patients.Count(p => !p.Endpoints.Died && p.Course.LastContactDay >= TrialSchedule.TargetDay(12) - TrialSchedule.WindowDays(12)));

    private static List<MonthEndpoints> MonthTable(IReadOnlyList<PatientEndpoints> endpoints) =>
    [
        .. TrialSchedule.Months.Select(month =>
        {
            var at = endpoints.SelectMany(e => e.Months).Where(m => m.Month == month && m.Day is not null).ToList();
            return new MonthEndpoints(
                month,
                at.Count(m => m.Msc != MscCategory.NotAssessable),
                at.Count(m => m.Msc == MscCategory.Mcr),
                at.Count(m => m.Msc == MscCategory.Pcr),
                at.Count(m => m.Msc == MscCategory.Relapse),
                at.Count(m => m.Renal is not null),
                at.Count(m => m.Renal == Domain.Instruments.Renal.RenalResponseCategory.Complete),
                at.Count(m => m.Renal == Domain.Instruments.Renal.RenalResponseCategory.Partial),
                at.Count(m => m.Sri4 is not null),
                at.Count(m => m.Sri4 == true),
                at.Count(m => m.Lldas is not null),
                at.Count(m => m.Lldas == true),
                at.Count(m => m.Doris is not null),
                at.Count(m => m.Doris == true));
        }).Where(m => m.Assessed > 0),
    ];

    private static List<AdverseEventRow> AdverseEvents(IReadOnlyList<DerivedPatient> patients) =>
    [
        .. patients.SelectMany(p => p.Data.Events)
            .GroupBy(e => (e.Term, e.Grade))
            .OrderBy(g => g.Key.Grade).ThenBy(g => g.Key.Term, StringComparer.Ordinal)
            .Select(g => new AdverseEventRow(g.Key.Term, g.Key.Grade, g.Count(), g.Select(e => e.PatientId).Distinct().Count())),
    ];
}
