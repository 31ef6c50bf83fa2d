using Lupus.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Pages;

/// <summary>Site dashboard: patients, visits due, open adverse events and SLEDAI-2K response per site.</summary>
public sealed class IndexModel(LupusDbContext db, IClock clock) : PageModel
{
    /// <summary>Scheduled follow-up interval after the last visit.</summary>
    public static readonly Period FollowUp = Period.FromMonths(3);

    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];

    public IReadOnlyList<DueVisit> Due { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.GetCurrentInstant().InUtc().Date;
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        var patients = await db.Patients.AsNoTracking().Select(p => new { p.Id, p.SiteId, p.StudyId }).ToListAsync(ct);
        var visits = await db.Visits.AsNoTracking().Select(v => new { v.PatientId, v.VisitDate, v.Sledai2k }).ToListAsync(ct);
        var openEvents = await db.AdverseEvents.AsNoTracking().Where(a => a.ResolutionDate == null)
            .Select(a => new { a.PatientId, a.Serious }).ToListAsync(ct);

        var byPatient = visits.GroupBy(v => v.PatientId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.VisitDate).ToList());
        var due = new List<DueVisit>();
        var responder = new Dictionary<Guid, bool?>();
        foreach (var p in patients)
        {
            var list = byPatient.GetValueOrDefault(p.Id) ?? [];
            var next = list.Count == 0 ? Today : list[^1].VisitDate.Plus(FollowUp);
            if (next <= Today.PlusDays(14))
            {
                due.Add(new DueVisit(p.Id, p.StudyId, sites.First(s => s.Id == p.SiteId).Code, list.Count == 0 ? null : list[^1].VisitDate, next));
            }

            // SLEDAI-2K response as in SRI-4: a fall of at least 4 points from the first visit.
            responder[p.Id] = list.Count >= 2 && list[0].Sledai2k is { } first && list[^1].Sledai2k is { } last ? first - last >= 4 : null;
        }

        Due = due.OrderBy(d => d.DueDate).ToList();
        Sites = sites.Select(s =>
        {
            var ids = patients.Where(p => p.SiteId == s.Id).Select(p => p.Id).ToHashSet();
            return new SiteSummary(
                s.Code,
                s.Name,
                ids.Count,
                due.Count(d => ids.Contains(d.PatientId)),
                openEvents.Count(a => ids.Contains(a.PatientId)),
                openEvents.Count(a => a.Serious && ids.Contains(a.PatientId)),
                ids.Count(id => responder[id] == true),
                ids.Count(id => responder[id] is not null));
        }).ToList();
    }

    public sealed record SiteSummary(string Code, string Name, int Patients, int VisitsDue, int OpenAdverseEvents, int SeriousOpen, int Responders, int Evaluable);

    public sealed record DueVisit(Guid PatientId, string StudyId, string SiteCode, LocalDate? LastVisit, LocalDate DueDate);
}
