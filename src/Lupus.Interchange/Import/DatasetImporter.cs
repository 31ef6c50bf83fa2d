using Lupus.Interchange.Mapping;
using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Clinical;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Interchange.Import;

/// <summary>
/// Imports a data set in one transaction: every check runs before anything is written, rows are upserted on
/// their natural keys, lab values are stored in their canonical units and visit scores are computed again by the
/// clinical library. Updates go through the audited save path with reason <c>import &lt;file&gt;</c>; new patient
/// records are inserted in bulk, audited per patient and table with every record's values (<see cref="BulkAudit"/>).
/// The import holds the database's import lock from before its checks until its commit (<see cref="ImportLock"/>).
/// </summary>
public sealed class DatasetImporter(LupusDbContext db, IClock clock, IImportProgress? progress = null)
{
    private const int MaxReasonLength = 500;

    private readonly ImportCounter _counter = new();
    private readonly RecordIds _ids = new(clock);

    private readonly RecordUpsert<VisitRow, Visit, LocalDate> _visits = new(r => r.Source, r => r.Patient, r => r.VisitDate, e => e.VisitDate,
        RowMapper.Apply, k => $"visit {CellText(k)}");

    private readonly RecordUpsert<LabRow, LabResult, (LocalDate, Analyte)> _labs = new(r => r.Source, r => r.Patient,
        r => (r.CollectionDate, r.Analyte), e => (e.CollectionDate, e.Analyte), RowMapper.Apply, k => $"{k.Item2} on {CellText(k.Item1)}");

    private readonly RecordUpsert<InfusionRow, MscInfusion, LocalDate> _infusions = new(r => r.Source, r => r.Patient, r => r.InfusionDate,
        e => e.InfusionDate, RowMapper.Apply, k => $"infusion {CellText(k)}");

    private readonly RecordUpsert<AdverseEventRow, AdverseEvent, (string, LocalDate)> _events = new(r => r.Source, r => r.Patient,
        r => (r.Term, r.OnsetDate), e => (e.Term, e.OnsetDate), RowMapper.Apply, k => $"adverse event '{k.Item1}' from {CellText(k.Item2)}");

    private readonly RecordUpsert<ImmunePanelRow, ImmunePanel, LocalDate> _panels = new(r => r.Source, r => r.Patient, r => r.SampleDate,
        e => e.SampleDate, RowMapper.Apply, k => $"immune panel {CellText(k)}");

    /// <summary>How long to wait for another import to finish before giving up with <see cref="ImportConflictException"/>.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall time of each phase of the last <see cref="Import"/>.</summary>
    public ImportPhases Phases { get; } = new();

    /// <param name="data">Rows as read; nothing is written when it carries errors.</param>
    /// <param name="siteCode">When given, every row must belong to this site.</param>
    /// <param name="cancellationToken">Cancels before the commit; the transaction then rolls back.</param>
    /// <exception cref="ImportConflictException">Another import holds the database (nothing was written).</exception>
    public ImportResult Import(InterchangeDataset data, string? siteCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Errors.Count > 0)
        {
            return ImportResult.Failed(data.Errors);
        }

        // The lock comes first: every check must see what is stored when the import writes.
        using var transaction = ImportLock.Begin(db, LockWait);
        Phases.End("lock");
        var errors = new List<InterchangeError>();
        var labs = CanonicalLabs(data.Labs, errors);
        DuplicateKeys.Check(data.Patients, r => r.Source, r => r.Key, k => $"patient {k}", errors);
        var patients = PatientIndex.Resolve(db, data, siteCode, errors);
        Phases.End("resolve patients");
        if (errors.Count > 0)
        {
            return ImportResult.Failed(errors);
        }

        Report("checking", 0, data.RowCount);
        _visits.Check(data.Visits, db, patients, errors);
        _labs.Check(labs, db, patients, errors);
        _infusions.Check(data.Infusions, db, patients, errors);
        _events.Check(data.AdverseEvents, db, patients, errors);
        _panels.Check(data.ImmunePanels, db, patients, errors);
        Phases.End("check");
        if (errors.Count > 0)
        {
            return ImportResult.Failed(errors);
        }

        var reason = ReasonFor(SourceFiles(data));
        var patientReason = ReasonFor(data.Patients.Select(r => r.Source.File));
        var (newPatients, newIdentities) = ApplyPatients(data.Patients, patients);
        Phases.End("prepare patients");
        try
        {
            var bulk = BulkInserter.For(db);
            var audit = new BulkAudit(db, db.Scope, clock.GetCurrentInstant(), patientReason);
            var sites = patients.ExistingPatients.ToDictionary(p => p.Id, p => p.SiteId);
            bulk.Insert(newPatients, Nothing, cancellationToken);
            bulk.Insert(newIdentities, Nothing, cancellationToken);
            bulk.Insert(audit.Inserted(newPatients, p => p.SiteId), Nothing, cancellationToken);
            bulk.Insert(audit.Inserted(newIdentities, i => sites[i.PatientId]), Nothing, cancellationToken);
            _counter.Inserted += newPatients.Count;
            Save(patientReason);
            Phases.End("write patients");

            var created = new CreatedRecords([.. _visits.Apply(patients, _ids)]);
            Rescore(patients);
            Phases.End("prepare records");
            // The other tables' records are made while they are written, and the stored ones they change saved after.
            var written = new WriteProgress(progress, RecordRows(data));
            created.Insert(bulk, _labs.Apply(patients, _ids), _infusions.Apply(patients, _ids), _events.Apply(patients, _ids),
                _panels.Apply(patients, _ids), written.Tick, cancellationToken);
            Save(reason);
            Phases.End("write records");
            audit = new BulkAudit(db, db.Scope, clock.GetCurrentInstant(), reason);
            bulk.Insert(Prefetch.Ahead(created.Audit(audit, r => sites[r.PatientId]), 1, 16, cancellationToken), Nothing, cancellationToken);
            written.Done();
            _counter.Inserted += created.Count;
            Phases.End("audit");
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            Phases.End("commit");
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ImportConflictException("the registry changed while this import ran; nothing was written", e);
        }

        _counter.Unchanged = data.RowCount - _counter.Inserted - _counter.Updated;
        return new ImportResult([], _counter.Inserted, _counter.Updated, _counter.Unchanged);
    }

    private static void Nothing()
    {
    }

    private static string CellText(LocalDate date) => Tables.CellFormat.Date(date);

    /// <summary><c>import &lt;files&gt;</c>; file names without their folders when the paths would not fit the audit's reason column.</summary>
    private static string ReasonFor(IEnumerable<string> files)
    {
        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        var reason = "import " + string.Join(", ", distinct);
        if (reason.Length > MaxReasonLength)
        {
            reason = "import " + string.Join(", ", distinct.Select(Path.GetFileName));
        }

        return reason.Length > MaxReasonLength ? reason[..(MaxReasonLength - 3)] + "..." : reason;
    }

    private static List<LabRow> CanonicalLabs(List<LabRow> rows, List<InterchangeError> errors)
    {
        var result = new List<LabRow>(rows.Count);
        foreach (var row in rows)
        {
            if (LabUnits.ToCanonical(row.Analyte, row.Unit, row.Value, row.LowerLimit, row.UpperLimit) is not { } canonical)
            {
                var allowed = string.Join(", ", LabCatalog.Units[row.Analyte]);
                errors.Add(new InterchangeError(row.Source.WithField("unit"), $"unit '{row.Unit}' is not allowed for {row.Analyte} (allowed: {allowed})"));
                continue;
            }

            if (row.Value == 0 && LabCatalog.MustBePositive(row.Analyte))
            {
                errors.Add(new InterchangeError(row.Source.WithField("value"), $"{row.Analyte} must be greater than 0"));
                continue;
            }

            if (canonical.Unit == row.Unit)
            {
                result.Add(row); // already canonical: nothing to convert, nothing to copy
                continue;
            }

            result.Add(row with
            {
                Value = canonical.Value,
                Unit = canonical.Unit,
                LowerLimit = canonical.LowerLimit,
                UpperLimit = canonical.UpperLimit,
            });
        }

        return result;
    }

    /// <summary>
    /// Applies the patient rows: changes to stored patients are tracked (and audited on save); new patients and new
    /// identities of new patients are returned for the bulk insert.
    /// </summary>
    private (List<Patient> Patients, List<PatientIdentity> Identities) ApplyPatients(List<PatientRow> rows, PatientIndex patients)
    {
        var created = new List<Patient>();
        var identities = new List<PatientIdentity>();
        foreach (var row in rows)
        {
            var patient = patients.Existing(row.Key);
            var isNew = patient is null;
            if (patient is null)
            {
                patient = new Patient { Id = _ids.Next(), StudyId = row.Key.StudyId, SiteId = patients.SiteOf(row.Key).Id };
                patients.Add(row.Key, patient);
                created.Add(patient);
            }

            RowMapper.Apply(row, patient);
            if (row.Identity is { } identity)
            {
                if (patient.Identity is null)
                {
                    patient.Identity = new PatientIdentity { Id = _ids.Next(), PatientId = patient.Id };
                    if (isNew)
                    {
                        identities.Add(patient.Identity);
                    }
                }

                RowMapper.Apply(identity, patient.Identity);
            }
        }

        return (created, identities);
    }

    /// <summary>Scores every visit of the affected patients again, in date order, as the visit form does on save.</summary>
    private void Rescore(PatientIndex patients)
    {
        var nephritis = patients.ExistingPatients.ToDictionary(p => p.Id, p => p.NephritisClass);
        foreach (var group in _visits.Stored.GroupBy(v => v.PatientId))
        {
            Visit? previous = null;
            foreach (var visit in group.OrderBy(v => v.VisitDate))
            {
                VisitScorer.Apply(visit, previous, nephritis[visit.PatientId]);
                previous = visit;
            }
        }
    }

    /// <summary>Saves tracked changes (audited field by field); counts the inserted and updated records.</summary>
    private void Save(string reason)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<IClinicalRecord>())
        {
            if (entry.State == EntityState.Added && entry.Entity is not PatientIdentity)
            {
                _counter.Inserted++;
            }
            else if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            {
                _counter.Updated++;
            }
        }

        db.ChangeReason = reason;
        db.SaveChanges();
        db.ChangeReason = null;
    }

    /// <summary>The rows of the patient-record tables: what the write phase reports progress against (new or changed).</summary>
    private static long RecordRows(InterchangeDataset data) =>
        (long)data.Visits.Count + data.Labs.Count + data.Infusions.Count + data.AdverseEvents.Count + data.ImmunePanels.Count;

    private static IEnumerable<string> SourceFiles(InterchangeDataset data) =>
        data.Visits.Select(r => r.Source.File).Concat(data.Labs.Select(r => r.Source.File))
            .Concat(data.Infusions.Select(r => r.Source.File)).Concat(data.AdverseEvents.Select(r => r.Source.File))
            .Concat(data.ImmunePanels.Select(r => r.Source.File));

    private void Report(string stage, long done, long total) => progress?.Report(stage, done, total);
}
