using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Application.Endpoints;

/// <summary>Loads every patient in the context's scope (optionally one site) with their records, read-only.</summary>
/// <remarks>One query per table, grouped in memory: a handful of round trips whatever the cohort size.</remarks>
public static class PatientLoader
{
    public static async Task<List<PatientData>> LoadAsync(LupusDbContext db, string? siteCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var patients = db.Patients.AsNoTracking();
        if (siteCode is not null)
        {
            patients = patients.Where(p => p.Site!.Code == siteCode);
        }

        var list = await patients.OrderBy(p => p.StudyId).ToListAsync(ct);
        var ids = list.Select(p => p.Id).ToHashSet();
        var visits = await Group(db.Visits, ids, v => v.PatientId, ct);
        var infusions = await Group(db.MscInfusions, ids, i => i.PatientId, ct);
        var labs = await Group(db.LabResults, ids, l => l.PatientId, ct);
        var panels = await Group(db.ImmunePanels, ids, p => p.PatientId, ct);
        var events = await Group(db.AdverseEvents, ids, e => e.PatientId, ct);
        return [.. list.Select(p => new PatientData(
            p,
            [.. visits.Get(p.Id).OrderBy(v => v.VisitDate)],
            infusions.Get(p.Id),
            labs.Get(p.Id),
            [.. panels.Get(p.Id).OrderBy(x => x.SampleDate)],
            events.Get(p.Id)))];
    }

    private static async Task<Dictionary<Guid, List<T>>> Group<T>(IQueryable<T> set, HashSet<Guid> ids, Func<T, Guid> owner, CancellationToken ct)
        where T : class
    {
        var rows = await set.AsNoTracking().ToListAsync(ct);
        return rows.Where(r => ids.Contains(owner(r))).GroupBy(owner).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static List<T> Get<T>(this Dictionary<Guid, List<T>> groups, Guid id) => groups.TryGetValue(id, out var list) ? list : [];
}
