using Lupus.Persistence;
using Lupus.Web.Caching;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Patients;

/// <summary>
/// Count and page starts of the patient list per set of sites: one ordered read of the study ids instead of a
/// COUNT(*) and an OFFSET scan on every request (50,000 rows per site), so page 1000 costs what page 1 costs.
/// </summary>
public sealed class PatientListCache(DataVersion version, IClock clock, IServiceScopeFactory scopes)
    : ScopeCache<PatientListPages>(version, clock, scopes)
{
    protected override async Task<PatientListPages> ReadAsync(LupusDbContext db, IClock clock, CancellationToken ct)
    {
        var studyIds = await db.Patients.AsNoTracking().OrderBy(p => p.StudyId).Select(p => p.StudyId).ToListAsync(ct);
        var starts = new List<string>((studyIds.Count + PatientService.PageSize - 1) / PatientService.PageSize);
        for (var i = 0; i < studyIds.Count; i += PatientService.PageSize)
        {
            starts.Add(studyIds[i]);
        }

        return new PatientListPages(studyIds.Count, starts);
    }
}
