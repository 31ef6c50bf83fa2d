using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Dashboard;

/// <summary>
/// Reads the dashboard's figures with one row per patient (last visit date, first and last SLEDAI-2K as
/// index-backed subqueries) instead of loading every visit: 100,000 patients, not 2,000,000 visits, reach the server.
/// </summary>
public static class DashboardQuery
{
    /// <summary>Scheduled follow-up interval after the last visit.</summary>
    public static readonly Period FollowUp = Period.FromMonths(3);

    /// <summary>How many of the due patients the dashboard lists.</summary>
    public const int Listed = 15;

    public static async Task<DashboardFigures> ReadAsync(LupusDbContext db, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetCurrentInstant();
        var today = now.InUtc().Date;
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var courses = await db.Patients.AsNoTracking().Select(p => new
        {
            p.Id,
            p.SiteId,
            p.StudyId,
            Last = db.Visits.Where(v => v.PatientId == p.Id).OrderByDescending(v => v.VisitDate).Select(v => (LocalDate?)v.VisitDate).FirstOrDefault(),
            LastScore = db.Visits.Where(v => v.PatientId == p.Id).OrderByDescending(v => v.VisitDate).Select(v => v.Sledai2k).FirstOrDefault(),
            FirstScore = db.Visits.Where(v => v.PatientId == p.Id).OrderBy(v => v.VisitDate).Select(v => v.Sledai2k).FirstOrDefault(),
            Several = db.Visits.Where(v => v.PatientId == p.Id).OrderBy(v => v.VisitDate).Skip(1).Any(),
        }).ToListAsync(ct);
        var openEvents = await db.AdverseEvents.AsNoTracking().Where(a => a.ResolutionDate == null)
            .GroupBy(a => a.Patient!.SiteId)
            .Select(g => new { SiteId = g.Key, Open = g.Count(), Serious = g.Count(a => a.Serious) })
            .ToDictionaryAsync(g => g.SiteId, ct);

        var codes = sites.ToDictionary(s => s.Id, s => s.Code);
        var horizon = today.PlusDays(14);
        var due = courses
            .Select(c => (c.Id, c.StudyId, c.SiteId, c.Last, Next: c.Last is { } last ? last.Plus(FollowUp) : today))
            .Where(c => c.Next <= horizon)
            .ToList();
        var dueBySite = due.CountBy(d => d.SiteId).ToDictionary();
        // SLEDAI-2K response as in SRI-4: a fall of at least 4 points from the first visit to the latest.
        var response = courses
            .Where(c => c is { Several: true, FirstScore: not null, LastScore: not null })
            .GroupBy(c => c.SiteId)
            .ToDictionary(g => g.Key, g => (Evaluable: g.Count(), Responders: g.Count(c => c.FirstScore - c.LastScore >= 4)));
        var patientsBySite = courses.CountBy(c => c.SiteId).ToDictionary();

        var summaries = sites.Select(s => new SiteSummary(
            s.Code,
            s.Name,
            patientsBySite.GetValueOrDefault(s.Id),
            dueBySite.GetValueOrDefault(s.Id),
            openEvents.GetValueOrDefault(s.Id)?.Open ?? 0,
            openEvents.GetValueOrDefault(s.Id)?.Serious ?? 0,
            response.GetValueOrDefault(s.Id).Responders,
            response.GetValueOrDefault(s.Id).Evaluable)).ToList();
        var listed = due.OrderBy(d => d.Next).ThenBy(d => d.StudyId, StringComparer.Ordinal).Take(Listed)
            .Select(d => new DueVisit(d.Id, d.StudyId, codes.GetValueOrDefault(d.SiteId, ""), d.Last, d.Next))
            .ToList();
        return new DashboardFigures(summaries, due.Count, listed, today, now);
    }
}
