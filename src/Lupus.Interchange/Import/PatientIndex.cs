using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Interchange.Import;

/// <summary>
/// Resolves the sites and patients an import names: every site must exist and be writable by the account, every
/// patient must be in the patients table or already in the registry, and a study id may not move between sites.
/// Stored patients are looked up as their keys first appear, one query per part of the import.
/// </summary>
internal sealed class PatientIndex
{
    private readonly LupusDbContext _db;
    private readonly string? _siteOption;
    private readonly Dictionary<string, Site?> _sites = new(StringComparer.Ordinal); // every site; null where the account may not write
    private readonly Dictionary<Guid, string> _siteCodes = [];
    private readonly Dictionary<string, Patient?> _stored = new(StringComparer.Ordinal);
    private readonly HashSet<PatientKey> _imported = [];
    private readonly Dictionary<PatientKey, Verdict> _verdicts = [];
    private readonly Dictionary<PatientKey, Patient> _existing = [];
    private readonly List<Patient> _storedNamed = [];
    private readonly HashSet<Guid> _storedIds = [];
    private readonly Dictionary<Guid, Guid> _siteOfPatient = [];
    private (PatientKey Key, Verdict Verdict)? _lastVerdict;
    private (PatientKey Key, Patient Patient)? _last;

    private PatientIndex(LupusDbContext db, string? siteOption)
    {
        _db = db;
        _siteOption = siteOption;
        var writable = db.Scope.CanWriteClinical;
        foreach (var site in db.Sites.IgnoreQueryFilters().ToList())
        {
            _siteCodes[site.Id] = site.Code;
            _sites[site.Code] = writable && db.Scope.Covers(site.Id) ? site : null;
        }
    }

    /// <summary>The index of an import whose patients table holds <paramref name="patients"/> (checked, with their errors).</summary>
    public static PatientIndex Open(LupusDbContext db, IReadOnlyList<PatientRow> patients, string? siteOption, List<InterchangeError> errors)
    {
        var index = new PatientIndex(db, siteOption);
        var siteOfStudyId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in patients)
        {
            index._imported.Add(row.Key);
            if (siteOfStudyId.TryGetValue(row.Key.StudyId, out var other) && other != row.Key.SiteCode)
            {
                errors.Add(new InterchangeError(row.Source.WithField("study_id"), $"study id '{row.Key.StudyId}' is also given for site '{other}'"));
            }

            siteOfStudyId.TryAdd(row.Key.StudyId, row.Key.SiteCode);
        }

        index.Check(patients, r => r.Source, r => r.Key, errors);
        return index;
    }

    /// <summary>Checks the patient of every row, adding an error for each row whose patient may not be written.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="source">A row's location.</param>
    /// <param name="key">A row's patient.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="beforeQuery">Called, when given, before the database is queried for patients not met yet.</param>
    /// <returns>Whether every row's patient is fine.</returns>
    public bool Check<TRow>(IReadOnlyList<TRow> rows, Func<TRow, SourceLocation> source, Func<TRow, PatientKey> key, List<InterchangeError> errors,
        Action? beforeQuery = null)
    {
        Load(rows, key, beforeQuery);
        var before = errors.Count;
        foreach (var row in rows)
        {
            if (VerdictOf(key(row)).Broken is { } broken)
            {
                errors.Add(new InterchangeError(source(row).WithField(broken.Field), broken.Rule));
            }
        }

        return errors.Count == before;
    }

    public Site SiteOf(PatientKey key) => _sites[key.SiteCode]!;

    /// <summary>The site of a patient of a checked key.</summary>
    public Guid SiteOf(Guid patientId) => _siteOfPatient[patientId];

    /// <summary>Whether a patient of this key may be created: its site exists and may be written, and the key breaks no rule.</summary>
    public bool MayCreate(PatientKey key) => VerdictOf(key).Broken is null;

    /// <summary>The patient of a checked key: stored, or created by this import; null when its check failed.</summary>
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

    /// <summary>The stored patients the import names that passed their checks, in the order first met.</summary>
    public IReadOnlyList<Patient> StoredPatients => _storedNamed;

    /// <summary>Every patient of a checked key, stored or created by this import.</summary>
    public IEnumerable<Patient> Patients => _existing.Values;

    /// <summary>Whether the patient was in the registry before this import.</summary>
    public bool IsStored(Patient patient) => _storedIds.Contains(patient.Id);

    /// <summary>Registers a patient created by this import.</summary>
    public void Add(PatientKey key, Patient patient)
    {
        _existing[key] = patient;
        _siteOfPatient[patient.Id] = patient.SiteId;
        _last = null;
    }

    /// <summary>Reads the stored patients of the study ids not looked up yet, in one query.</summary>
    private void Load<TRow>(IReadOnlyList<TRow> rows, Func<TRow, PatientKey> key, Action? beforeQuery)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var row in rows)
        {
            var studyId = key(row).StudyId;
            if (!ReferenceEquals(studyId, previous) && !_stored.ContainsKey(studyId))
            {
                missing.Add(studyId);
            }

            previous = studyId;
        }

        if (missing.Count == 0)
        {
            return;
        }

        var studyIds = missing.ToArray();
        beforeQuery?.Invoke();
        foreach (var patient in _db.Patients.IgnoreQueryFilters().Include(p => p.Identity).Where(p => studyIds.Contains(p.StudyId)))
        {
            _stored[patient.StudyId] = patient;
        }

        foreach (var studyId in studyIds)
        {
            _stored.TryAdd(studyId, null);
        }
    }

    private Verdict VerdictOf(PatientKey key)
    {
        if (_lastVerdict is { } last && last.Key == key)
        {
            return last.Verdict;
        }

        if (!_verdicts.TryGetValue(key, out var verdict))
        {
            verdict = new Verdict(Judge(key));
            _verdicts[key] = verdict;
        }

        _lastVerdict = (key, verdict);
        return verdict;
    }

    /// <summary>The rule a key breaks, if any; a stored patient that passes is registered as existing.</summary>
    private (string Field, string Rule)? Judge(PatientKey key)
    {
        if (_siteOption is not null && key.SiteCode != _siteOption)
        {
            return ("site_code", $"the row belongs to site '{key.SiteCode}', but --site {_siteOption} was given");
        }

        if (_sites.GetValueOrDefault(key.SiteCode) is null)
        {
            return ("site_code", _sites.ContainsKey(key.SiteCode) ? $"this account may not write data of site '{key.SiteCode}'" : $"unknown site '{key.SiteCode}'");
        }

        if (_stored.GetValueOrDefault(key.StudyId) is { } patient)
        {
            if (_siteCodes[patient.SiteId] != key.SiteCode)
            {
                return ("study_id", $"study id '{key.StudyId}' belongs to another site");
            }

            if (_existing.TryAdd(key, patient) && _storedIds.Add(patient.Id))
            {
                _storedNamed.Add(patient);
                _siteOfPatient[patient.Id] = patient.SiteId;
            }

            return null;
        }

        return _imported.Contains(key) ? null : ("study_id", $"patient {key} is neither in the patients table nor in the registry");
    }

    private sealed record Verdict((string Field, string Rule)? Broken);
}
