using Lupus.Persistence;
using Lupus.Web.Caching;
using Lupus.Web.Pages.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Lupus.Web.Patients;

/// <summary>
/// The patient page's records and course plot per patient, read and drawn once per data version instead of on every
/// request. Keyed by patient alone: the caller first finds the patient in its own scope (a patient outside it is 404
/// before this cache is asked), and every record of a patient belongs to the patient's site, so whoever may see the
/// patient sees the same records. Entries expire after <see cref="ScopeCache{T}.MaxAge"/> (another server may have
/// written) and at most <see cref="MaxPatients"/> are held.
/// </summary>
public sealed class PatientCourseCache(DataVersion version) : IDisposable
{
    public const int MaxPatients = 2_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxPatients });

    /// <summary>The course of a patient the caller has already found through <paramref name="db"/>.</summary>
    public async Task<PatientCourse> GetAsync(LupusDbContext db, Guid patientId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = version.Current;
        if (_entries.TryGetValue(patientId, out Entry? cached) && cached!.Version == current)
        {
            return cached.Course;
        }

        var course = await ReadAsync(db, patientId, ct);
        _entries.Set(patientId, new Entry(current, course), new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = ScopeCache<PatientCourse>.MaxAge.ToTimeSpan(),
        });
        return course;
    }

    public void Dispose() => _entries.Dispose();

    private static async Task<PatientCourse> ReadAsync(LupusDbContext db, Guid id, CancellationToken ct)
    {
        var visits = await db.Visits.AsNoTracking().Where(v => v.PatientId == id).OrderBy(v => v.VisitDate).ToListAsync(ct);
        var infusions = await db.MscInfusions.AsNoTracking().Where(r => r.PatientId == id).OrderBy(r => r.InfusionDate).ToListAsync(ct);
        var events = await db.AdverseEvents.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.OnsetDate).ToListAsync(ct);
        var labs = await db.LabResults.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.CollectionDate).ToListAsync(ct);
        var panels = await db.ImmunePanels.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.SampleDate).ToListAsync(ct);
        var timeline = TimelineSvg.Render(visits, infusions.Select(i => i.InfusionDate).ToList());
        return new PatientCourse(visits, infusions, events, labs, panels, timeline);
    }

    private sealed record Entry(long Version, PatientCourse Course);
}
