using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Patients;

/// <summary>Patient search, read, create and update for pages and the API; site filters apply to every query.</summary>
public sealed class PatientService(LupusDbContext db, IClock clock, PatientListCache list)
{
    public const int PageSize = 20;

    /// <summary>
    /// One page of the patient list, or of the patients whose study id, family name or hospital number starts with
    /// <paramref name="search"/> (<see cref="PatientSearch"/>); a search counts at most <see cref="PatientSearch.CountCap"/> matches.
    /// </summary>
    public async Task<PatientPage> SearchAsync(string? search, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        if (PatientSearch.KeyOf(search) is not { } key)
        {
            // Seek to the page's first study id (index range) rather than counting and skipping rows.
            var pages = await list.GetAsync(db.Scope);
            var start = page <= pages.PageStarts.Count ? pages.PageStarts[page - 1] : null;
            if (start is null)
            {
                return new PatientPage(page, PageSize, pages.Total, []);
            }

            // Read without the request's token: other requests may await the same read.
            var items = await pages.GetPageAsync(page, db.Scope.DeIdentified, async () =>
            {
                var listed = await db.Patients.AsNoTracking().Include(p => p.Site).Where(p => p.StudyId.CompareTo(start) >= 0)
                    .OrderBy(p => p.StudyId).Take(PageSize).ToListAsync(CancellationToken.None);
                await AttachAsync(listed, CancellationToken.None);
                return listed.Select(ToView).ToList();
            });
            return new PatientPage(page, PageSize, pages.Total, items);
        }

        // One read of the matches' ids in study id order (at most CountCap + 1 index entries per field) gives the count and
        // the page; the page's rows are then read by key.
        var matches = await PatientSearch.FirstIds(db, key).ToListAsync(ct);
        var total = Math.Min(matches.Count, PatientSearch.CountCap);
        var ids = matches.Take(total).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var rows = ids.Count == 0 ? [] : await db.Patients.AsNoTracking().Include(p => p.Site).Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.StudyId).ToListAsync(ct);
        return await PageOfAsync(page, total, capped: matches.Count > total, rows, ct);
    }

    /// <summary>One patient with its site and (where visible) identity, tracked for an update.</summary>
    public async Task<Patient?> FindAsync(Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.Include(p => p.Site).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is not null)
        {
            await AttachAsync([patient], ct);
        }

        return patient;
    }

    public async Task<RecordOutcome<Patient>> CreateAsync(PatientInput input, CancellationToken ct)
    {
        var patient = new Patient { StudyId = "" };
        return await SaveAsync(patient, input, isNew: true, ct);
    }

    public async Task<RecordOutcome<Patient>> UpdateAsync(Guid id, PatientInput input, CancellationToken ct)
    {
        var patient = await FindAsync(id, ct);
        return patient is null ? new RecordOutcome<Patient>(null, null) : await SaveAsync(patient, input, isNew: false, ct);
    }

    public static PatientView ToView(Patient p) => new(
        p.Id, p.StudyId, p.SiteId, p.Site?.Code ?? "", p.Sex.ToString(), p.BirthDate.ToDateOnly(), p.Ethnicity,
        p.DiagnosisDate.ToDateOnly(), p.ClassificationCriteria.ToString(), p.NephritisClass.ToString(), p.ConsentDate.ToDateOnly(), p.Version,
        p.Identity is { } i ? new PatientIdentityView(i.GivenName, i.FamilyName, i.HospitalNumber, i.Phone, i.Email) : null);

    private async Task<PatientPage> PageOfAsync(int page, int total, bool capped, List<Patient> rows, CancellationToken ct)
    {
        await AttachAsync(rows, ct);
        return new PatientPage(page, PageSize, total, rows.Select(ToView).ToList(), capped);
    }

    /// <summary>
    /// Sets the identity of the given patients by key (their site comes with the patient, a join on the small Sites
    /// table). Include() would join the identity's site filter as a derived table over every visible identity, which
    /// SQLite materialises for each query (100,000 rows for a page of 20).
    /// </summary>
    private async Task AttachAsync(List<Patient> patients, CancellationToken ct)
    {
        var ids = patients.Select(p => p.Id).ToList();
        var identities = await db.PatientIdentities.Where(i => ids.Contains(i.PatientId)).ToDictionaryAsync(i => i.PatientId, ct);
        foreach (var patient in patients)
        {
            patient.Identity = identities.GetValueOrDefault(patient.Id);
        }
    }

    private async Task<RecordOutcome<Patient>> SaveAsync(Patient patient, PatientInput input, bool isNew, CancellationToken ct)
    {
        var errors = await ValidateAsync(patient, input, isNew, ct);
        if (errors.Any)
        {
            return new RecordOutcome<Patient>(null, errors);
        }

        PatientMapping.CopyTo(input, patient, db.Scope.DeIdentified);
        if (isNew)
        {
            db.Patients.Add(patient);
        }
        else
        {
            db.Entry(patient).Property(p => p.Version).OriginalValue = input.Version;
        }

        db.ChangeReason = input.Reason;
        await db.SaveChangesAsync(ct);
        return new RecordOutcome<Patient>(patient, null);
    }

    private async Task<FieldErrors> ValidateAsync(Patient patient, PatientInput input, bool isNew, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.GetCurrentInstant().InUtc().Date;
        var birth = LocalDate.FromDateOnly(input.BirthDate);
        errors.Date(nameof(input.BirthDate), birth, today);
        errors.Date(nameof(input.DiagnosisDate), LocalDate.FromDateOnly(input.DiagnosisDate), today, birth);
        errors.Date(nameof(input.ConsentDate), LocalDate.FromDateOnly(input.ConsentDate), today, birth);
        var studyId = input.StudyId?.Trim() ?? "";
        if (studyId.Length is 0 or > 40)
        {
            errors.Add(nameof(input.StudyId), "is required (at most 40 characters)");
        }
        else if (await db.Patients.IgnoreQueryFilters().AnyAsync(p => p.StudyId == studyId && p.Id != patient.Id, ct))
        {
            errors.Add(nameof(input.StudyId), "is already used by another patient");
        }

        if (!await db.Sites.AnyAsync(s => s.Id == input.SiteId, ct))
        {
            errors.Add(nameof(input.SiteId), "is not one of your sites");
        }

        if (!isNew && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), "is required when changing recorded data");
        }

        return errors;
    }
}
