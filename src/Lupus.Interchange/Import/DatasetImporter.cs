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
/// Imports a data set in one transaction: rows are upserted on their natural keys, lab values are stored in their
/// canonical units and visit scores are computed again by the clinical library. Updates go through the audited save
/// path with reason <c>import &lt;files&gt;</c>; new records are inserted in bulk, audited per patient, table and
/// file with every record's values (<see cref="BulkAudit"/>). The import holds the database's import lock from
/// before its checks until its commit (<see cref="ImportLock"/>).
/// </summary>
/// <remarks>
/// A data set may come in parts as it is read (<see cref="Csv.CsvDatasetReader.ReadInParts"/>): each part is
/// checked and written while the next is read, so that reading, checking and the database's work overlap and the
/// import's memory does not grow with its size. Writing stops at the first error, but every part is still read and
/// checked so that all errors are reported; the transaction then rolls back, leaving the database as it was.
/// </remarks>
public sealed class DatasetImporter(LupusDbContext db, IClock clock, IImportProgress? progress = null)
{
    private readonly ImportCounter _counter = new();
    private readonly RecordIds _ids = new(clock);
    private readonly ImportReasons _reasons = new();

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

    /// <summary>Wall time of each phase of the last <see cref="Import(IEnumerable{InterchangeDataset}, string?, CancellationToken)"/>.</summary>
    public ImportPhases Phases { get; } = new();

    /// <param name="data">Rows as read; nothing is written when it carries errors.</param>
    /// <param name="siteCode">When given, every row must belong to this site.</param>
    /// <param name="cancellationToken">Cancels before the commit; the transaction then rolls back.</param>
    /// <exception cref="ImportConflictException">Another import holds the database (nothing was written).</exception>
    public ImportResult Import(InterchangeDataset data, string? siteCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Import([data], siteCode, cancellationToken);
    }

    /// <summary>Imports a data set given in parts, as it is read; nothing is written when any part carries errors.</summary>
    /// <param name="parts">
    /// The first part holds every patient and visit row (the other tables refer to them; visits are scored
    /// together); any part may hold rows of the other tables, and each part the read errors found in it.
    /// </param>
    /// <param name="siteCode">When given, every row must belong to this site.</param>
    /// <param name="cancellationToken">Cancels before the commit; the transaction then rolls back.</param>
    /// <exception cref="ImportConflictException">Another import holds the database (nothing was written).</exception>
    public ImportResult Import(IEnumerable<InterchangeDataset> parts, string? siteCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var reading = parts.GetEnumerator();
        var first = reading.MoveNext() ? reading.Current : new InterchangeDataset();
        var readErrors = new List<InterchangeError>(first.Errors);
        if (readErrors.Count > 0)
        {
            // Nothing can be checked against the registry when the patients or visits could not be read.
            while (reading.MoveNext())
            {
                readErrors.AddRange(reading.Current.Errors);
            }

            return ImportResult.Failed(readErrors);
        }

        // The lock comes first: every check must see what is stored when the import writes.
        using var transaction = ImportLock.Begin(db, LockWait);
        Phases.End("lock");
        var errors = new List<InterchangeError>();
        DuplicateKeys.Check(first.Patients, r => r.Source, r => r.Key, k => $"patient {k}", errors);
        var patients = PatientIndex.Open(db, first.Patients, siteCode, errors);
        patients.Check(first.Visits, r => r.Source, r => r.Patient, errors);
        Report("checking", 0, 0);
        var (newPatients, newIdentities) = ApplyPatients(first.Patients, patients);
        _visits.Load(patients.StoredPatients.Select(p => p.Id), db);
        var visits = _visits.Apply(first.Visits, db, patients, _ids, errors);
        Rescore(visits.Records, patients);
        Phases.End("check patients and visits");

        var tables = new RecordTables(db, clock.GetCurrentInstant(), patients, _reasons);
        var rows = (long)first.RowCount;
        try
        {
            // Inside the try: disposing it waits for the write in progress before the transaction can end.
            using var writes = new ImportWrites(db, tables, progress);
            if (errors.Count == 0)
            {
                WritePatients(first.Patients, newPatients, newIdentities, patients, writes.Bulk, cancellationToken);
                writes.TakeOverReferences();
                Phases.End("write patients");
            }

            for (var part = first; part is not null; part = Next(reading, readErrors, ref rows))
            {
                if (readErrors.Count == 0)
                {
                    ImportRecords(part, visits, patients, writes, errors, cancellationToken);
                    visits = null;
                }
            }

            writes.Drain();
            Phases.End("check and write records");
            if (readErrors.Count + errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return ImportResult.Failed(readErrors.Count > 0 ? readErrors : errors);
            }

            writes.Complete(cancellationToken);
            Phases.End("audit");
            ApplyToCreated();
            Save(ImportReasons.For([.. _visits.Files, .. _labs.Files, .. _infusions.Files, .. _events.Files, .. _panels.Files]));
            _counter.Inserted += tables.Records;
            writes.Done();
            Phases.End("save changes");
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            Phases.End("commit");
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ImportConflictException("the registry changed while this import ran; nothing was written", e);
        }

        _counter.Unchanged = (int)(rows - _counter.Inserted - _counter.Updated);
        return new ImportResult([], _counter.Inserted, _counter.Updated, _counter.Unchanged);
    }

    /// <summary>The next part, with its rows counted and its read errors kept; null after the last.</summary>
    private static InterchangeDataset? Next(IEnumerator<InterchangeDataset> reading, List<InterchangeError> readErrors, ref long rows)
    {
        if (!reading.MoveNext())
        {
            return null;
        }

        var part = reading.Current;
        if (part.Patients.Count + part.Visits.Count > 0)
        {
            throw new ArgumentException("only the first part of a data set may hold patients and visits", nameof(reading));
        }

        rows += part.RowCount;
        readErrors.AddRange(part.Errors);
        return part;
    }

    /// <summary>
    /// Checks one part's record rows and upserts them (stored records changed, tracked); hands the new records to the
    /// writer while no error has been found.
    /// </summary>
    private void ImportRecords(InterchangeDataset part, CreatedRecords<Visit>? visits, PatientIndex patients, ImportWrites writes,
        List<InterchangeError> errors, CancellationToken cancellationToken)
    {
        Action beforeQuery = writes.Drain;
        patients.Check(part.Labs, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.Infusions, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.AdverseEvents, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.ImmunePanels, r => r.Source, r => r.Patient, errors, beforeQuery);
        if (errors.Count == 0)
        {
            writes.Hold(patients);
        }

        var created = new PartRecords(
            visits ?? new CreatedRecords<Visit>(0),
            _labs.Apply(CanonicalLabs(part.Labs, errors), db, patients, _ids, errors, beforeQuery),
            _infusions.Apply(part.Infusions, db, patients, _ids, errors, beforeQuery),
            _events.Apply(part.AdverseEvents, db, patients, _ids, errors, beforeQuery),
            _panels.Apply(part.ImmunePanels, db, patients, _ids, errors, beforeQuery));
        if (errors.Count == 0)
        {
            writes.Enqueue(created, cancellationToken);
        }
    }

    /// <summary>Inserts the new patients and identities with their audit entries, and saves changes to stored patients.</summary>
    private void WritePatients(List<PatientRow> rows, List<Patient> newPatients, List<PatientIdentity> newIdentities, PatientIndex patients,
        BulkInserter bulk, CancellationToken cancellationToken)
    {
        var reason = ImportReasons.For(rows.Select(r => r.Source.File));
        var audit = new BulkAudit(db, db.Scope, clock.GetCurrentInstant(), reason);
        bulk.Insert(newPatients, cancellationToken);
        bulk.Insert(newIdentities, cancellationToken);
        bulk.Insert(audit.Inserted(newPatients, p => p.SiteId), cancellationToken);
        bulk.Insert(audit.Inserted(newIdentities, i => patients.SiteOf(i.PatientId)), cancellationToken);
        _counter.Inserted += newPatients.Count;
        Save(reason);
    }

    private static string CellText(LocalDate date) => Tables.CellFormat.Date(date);

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
                if (!patients.MayCreate(row.Key))
                {
                    continue; // its error is reported
                }

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
    private void Rescore(List<Visit> created, PatientIndex patients)
    {
        var nephritis = patients.Patients.ToDictionary(p => p.Id, p => p.NephritisClass);
        foreach (var group in _visits.Stored.Concat(created).GroupBy(v => v.PatientId))
        {
            Visit? previous = null;
            foreach (var visit in group.OrderBy(v => v.VisitDate))
            {
                VisitScorer.Apply(visit, previous, nephritis[visit.PatientId]);
                previous = visit;
            }
        }
    }

    /// <summary>Applies the rows that met, in a later file, a record this import created.</summary>
    private void ApplyToCreated()
    {
        _visits.ApplyToCreated(db);
        _labs.ApplyToCreated(db);
        _infusions.ApplyToCreated(db);
        _events.ApplyToCreated(db);
        _panels.ApplyToCreated(db);
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

    private void Report(string stage, long done, long total) => progress?.Report(stage, done, total);
}
