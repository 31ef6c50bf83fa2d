using System.Diagnostics;
using System.Globalization;
using Lupus.Application.Endpoints;
using Lupus.Application.Reporting;
using Lupus.Reports.Trials;
using Lupus.Trials.Endpoints;

namespace Lupus.Benchmarks.Trials;

/// <summary>Whole-process timing of endpoint derivation and of the full report on a large in-memory registry.</summary>
internal static class TrialReportRun
{
    public static void Run(int patients, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var data = LargeCohort.Create(patients);
        var visits = data.Sum(d => d.Visits.Count);
        output.WriteLine(Invariant($"generated {patients} patients, {visits} visits in {clock.Elapsed.TotalSeconds:0.0} s"));

        var courses = data.Select(CourseMapper.ToCourse).ToList();
        Derive(courses); // warm-up
        clock.Restart();
        var derived = Derive(courses);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(Invariant($"derivation: {visits} visits in {seconds:0.000} s = {visits / seconds:#,0} visits/s ({derived} patients)"));

        clock.Restart();
        var mappedCourses = data.Select(CourseMapper.ToCourse).ToList();
        var endpoints = EndpointDeriver.DeriveAll(mappedCourses);
        var mapped = data.Select((d, i) => new DerivedPatient(d, mappedCourses[i], endpoints[i])).ToList();
        var mapping = clock.Elapsed.TotalSeconds;
        var report = TrialReportService.Build(mapped, null, cox: true);
        var html = TrialReportHtml.Render(report);
        var json = TrialReportJson.Serialize(report);
        output.WriteLine(Invariant($"full report: {clock.Elapsed.TotalSeconds:0.0} s (mapping and derivation {mapping:0.0} s; HTML {html.Length / 1024} KiB, JSON {json.Length / 1024} KiB)"));
        foreach (var c in report.Cohorts)
        {
            output.WriteLine(Invariant($"  {c.Name}: n={c.N} mcr={c.Response12m.Mcr} pcr={c.Response12m.Pcr} alive={c.Survival.Alive} relapsed={c.Relapse.Relapsed}"));
        }
    }

    private static int Derive(List<PatientCourse> courses) =>
        EndpointDeriver.DeriveAll(courses).Count(e => e.Response12m >= TrialResponse.Pcr);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
