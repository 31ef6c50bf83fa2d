using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Interchange.Import;

/// <summary>
/// Resolves the sites and patients an import names: every site must exist and be writable by the account, every
/// patient must be in the patients table or already in the registry, and a study id may not move between sites.
/// </summary>
internal sealed class PatientIndex
{
    private readonly Dictionary<string, Site?> _sites = new(StringComparer.Ordinal);
    private readonly Dictionary<PatientKey, Patient> _existing = [];
    private readonly HashSet<PatientKey> _imported = [];
    private (PatientKey Key, Patient Patient)? _last;

    private PatientIndex()
    {
    }

    public static PatientIndex Resolve(LupusDbContext db, InterchangeDataset data, string? siteOption, List<InterchangeError> errors)
    {
        var index = new PatientIndex();
        var keys = DistinctKeys(data);
        var codes = keys.Select(k => k.SiteCode).Distinct(StringComparer.Ordinal).ToArray();
        var writable = db.Scope.CanWriteClinical;
        var known = db.Sites.IgnoreQueryFilters().Where(s => codes.Contains(s.Code)).ToList();
        foreach (var code in codes)
        {
            var site = known.FirstOrDefault(s => s.Code == code);
            index._sites[code] = site is not null && writable && db.Scope.Covers(site.Id) ? site : null;
        }

        var studyIds = keys.Select(k => k.StudyId).Distinct(StringComparer.Ordinal).ToArray();
        var patients = db.Patients.IgnoreQueryFilters().Include(p => p.Identity).Where(p => studyIds.Contains(p.StudyId)).ToList();
        var siteCodes = db.Sites.IgnoreQueryFilters().ToDictionary(s => s.Id, s => s.Code);
        var byStudyId = patients.ToDictionary(p => p.StudyId, StringComparer.Ordinal);
        var siteOfStudyId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in data.Patients)
        {
            index._imported.Add(row.Key);
            if (siteOfStudyId.TryGetValue(row.Key.StudyId, out var other) && other != row.Key.SiteCode)
            {
                errors.Add(new InterchangeError(row.Source.WithField("study_id"), $"study id '{row.Key.StudyId}' is also given for site '{other}'"));
            }

            siteOfStudyId.TryAdd(row.Key.StudyId, row.Key.SiteCode);
        }

        // The broken rule, if any, depends on the key alone; rows come grouped by patient, so it is worked out once per run of rows.
        (string Field, string Rule)? Verdict(PatientKey key)
        {
            if (siteOption is not null && key.SiteCode != siteOption)
            {
                return ("site_code", $"the row belongs to site '{key.SiteCode}', but --site {siteOption} was given");
            }

            if (index._sites[key.SiteCode] is null)
            {
                var exists = known.Any(s => s.Code == key.SiteCode);
                return ("site_code", exists ? $"this account may not write data of site '{key.SiteCode}'" : $"unknown site '{key.SiteCode}'");
            }

            if (byStudyId.TryGetValue(key.StudyId, out var patient))
            {
                if (siteCodes[patient.SiteId] != key.SiteCode)
                {
                    return ("study_id", $"study id '{key.StudyId}' belongs to another site");
                }

                index._existing[key] = patient;
                return null;
            }

            return index._imported.Contains(key) ? null : ("study_id", $"patient {key} is neither in the patients table nor in the registry");
        }

        PatientKey? previous = null;
        (string Field, string Rule)? verdict = null;
        foreach (var (source, key) in AllKeys(data))
        {
            if (key != previous)
            {
                (previous, verdict) = (key, Verdict(key));
            }

            if (verdict is { } broken)
            {
                errors.Add(new InterchangeError(source.WithField(broken.Field), broken.Rule));
            }
        }

        return index;
    }

    public Site SiteOf(PatientKey key) => _sites[key.SiteCode]!;

    public Patient? Existing(PatientKey key)
    {
        // Rows come grouped by patient: most lookups repeat the previous one.
        if (_last is { } last && last.Key == key)
        {
            return last.Patient;
        }

        var patient = _existing.GetValueOrDefault(key);
        _last = patient is null ? null : (key, patient);
        return patient;
    }

    public IEnumerable<Patient> ExistingPatients => _existing.Values;

    /// <summary>Registers a patient created by this import.</summary>
    public void Add(PatientKey key, Patient patient)
    {
        _existing[key] = patient;
        _last = null;
    }

    private static HashSet<PatientKey> DistinctKeys(InterchangeDataset data)
    {
        var keys = new HashSet<PatientKey>();
        PatientKey? previous = null;
        foreach (var (_, key) in AllKeys(data))
        {
            if (key != previous)
            {
                keys.Add(key);
                previous = key;
            }
        }

        return keys;
    }

    private static IEnumerable<(SourceLocation Source, PatientKey Key)> AllKeys(InterchangeDataset data) =>
        data.Patients.Select(r => (r.Source, r.Key))
            .Concat(data.Visits.Select(r => (r.Source, r.Patient)))
            .Concat(data.Labs.Select(r => (r.Source, r.Patient)))
            .Concat(data.Infusions.Select(r => (r.Source, r.Patient)))
            .Concat(data.AdverseEvents.Select(r => (r.Source, r.Patient)))
            .Concat(data.ImmunePanels.Select(r => (r.Source, r.Patient)));
}
