using Lupus.Interchange.Mapping;
using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Interchange.Export;

/// <summary>
/// Reads what the context's scope may see (optionally one site) into a data set, in a stable order (site, study id,
/// date), lab values in their stored (canonical) units. <see cref="Deidentifier"/> turns it into a de-identified one.
/// </summary>
public sealed class DatasetExporter(LupusDbContext db)
{
    private static readonly SourceLocation Registry = new("registry", "0");

    /// <returns>The data set and, for each patient key, the patient's id (for de-identification).</returns>
    public (InterchangeDataset Data, Dictionary<PatientKey, Guid> Ids) Export(string? siteCode)
    {
        var sites = db.Sites.AsNoTracking().ToDictionary(s => s.Id, s => s.Code);
        Guid? siteId = null;
        if (siteCode is not null)
        {
            siteId = sites.FirstOrDefault(s => s.Value == siteCode).Key;
            if (siteId == Guid.Empty)
            {
                throw new ArgumentException($"unknown site '{siteCode}' (or not one of this account's sites)", nameof(siteCode));
            }
        }

        var patients = db.Patients.AsNoTracking().Include(p => p.Identity).Where(p => siteId == null || p.SiteId == siteId).ToList();
        var keys = patients.ToDictionary(p => p.Id, p => new PatientKey(sites[p.SiteId], p.StudyId));
        var data = new InterchangeDataset();
        data.Patients.AddRange(patients.Select(p => EntityRows.Patient(p, sites[p.SiteId], Registry)).OrderBy(r => r.Key.SiteCode, StringComparer.Ordinal)
            .ThenBy(r => r.Key.StudyId, StringComparer.Ordinal));
        data.Visits.AddRange(Rows(db.Visits, keys, siteId, (e, k) => EntityRows.Visit(e, k, Registry)).OrderBy(r => r.Patient.SiteCode, StringComparer.Ordinal)
            .ThenBy(r => r.Patient.StudyId, StringComparer.Ordinal).ThenBy(r => r.VisitDate));
        data.Labs.AddRange(Rows(db.LabResults, keys, siteId, (e, k) => EntityRows.Lab(e, k, Registry)).OrderBy(r => r.Patient.SiteCode, StringComparer.Ordinal)
            .ThenBy(r => r.Patient.StudyId, StringComparer.Ordinal).ThenBy(r => r.CollectionDate).ThenBy(r => r.Analyte));
        data.Infusions.AddRange(Rows(db.MscInfusions, keys, siteId, (e, k) => EntityRows.Infusion(e, k, Registry))
            .OrderBy(r => r.Patient.SiteCode, StringComparer.Ordinal).ThenBy(r => r.Patient.StudyId, StringComparer.Ordinal).ThenBy(r => r.InfusionDate));
        data.AdverseEvents.AddRange(Rows(db.AdverseEvents, keys, siteId, (e, k) => EntityRows.AdverseEvent(e, k, Registry))
            .OrderBy(r => r.Patient.SiteCode, StringComparer.Ordinal).ThenBy(r => r.Patient.StudyId, StringComparer.Ordinal)
            .ThenBy(r => r.OnsetDate).ThenBy(r => r.Term, StringComparer.Ordinal));
        data.ImmunePanels.AddRange(Rows(db.ImmunePanels, keys, siteId, (e, k) => EntityRows.ImmunePanel(e, k, Registry))
            .OrderBy(r => r.Patient.SiteCode, StringComparer.Ordinal).ThenBy(r => r.Patient.StudyId, StringComparer.Ordinal).ThenBy(r => r.SampleDate));
        return (data, keys.ToDictionary(k => k.Value, k => k.Key));
    }

    private static IEnumerable<TRow> Rows<TEntity, TRow>(IQueryable<TEntity> set, Dictionary<Guid, PatientKey> keys, Guid? siteId,
        Func<TEntity, PatientKey, TRow> map)
        where TEntity : PatientRecord
    {
        var query = set.AsNoTracking();
        if (siteId is not null)
        {
            query = query.Where(r => r.Patient!.SiteId == siteId);
        }

        foreach (var entity in query)
        {
            if (keys.TryGetValue(entity.PatientId, out var key))
            {
                yield return map(entity, key);
            }
        }
    }
}
