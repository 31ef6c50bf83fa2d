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
    private const int MaxReasonLength = 500;

    private readonly ImportCounter _counter = new();
    private readonly RecordIds _ids = new(clock);
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);

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
        patients.Check(first.Visits, r => r.Source, r => r.Patient, errors, Nothing);
        Report("checking", 0, 0);
        var (newPatients, newIdentities) = ApplyPatients(first.Patients, patients);
        _visits.Load(patients.StoredPatients.Select(p => p.Id), db);
        var visits = _visits.Apply(first.Visits, db, patients, _ids, errors, Nothing);
        Rescore(visits.Records, patients);
        Phases.End("check patients and visits");

        using var bulk = BulkInserter.For(db);
        var references = PatientReferences.For(db);
        var tables = new RecordTables(this, db, clock.GetCurrentInstant(), patients);
        var written = new WriteProgress(progress);
        var rows = (long)first.RowCount;
        try
        {
            // Declared inside the try: disposing it waits for the write in progress before the transaction can end.
            using var writer = new BackgroundWriter();
            var held = 0;
            if (errors.Count == 0)
            {
                WritePatients(first.Patients, newPatients, newIdentities, patients, bulk, cancellationToken);
                references.TakeOver();
                Phases.End("write patients");
            }

            var part = first;
            while (true)
            {
                if (readErrors.Count == 0)
                {
                    CheckRecords(part, patients, writer.Drain, errors);
                    if (errors.Count == 0)
                    {
                        held = Hold(references, patients, held, writer);
                    }

                    var created = MakeRecords(part, visits, patients, errors, writer.Drain);
                    visits = null;
                    if (errors.Count == 0)
                    {
                        var audit = tables.Audit(created);
                        writer.Enqueue(() => Write(bulk, created, audit, written, cancellationToken));
                    }
                }

                tables.Saw(part);
                if (!reading.MoveNext())
                {
                    break;
                }

                part = reading.Current;
                rows += part.RowCount;
                readErrors.AddRange(part.Errors);
                if (part.Patients.Count + part.Visits.Count > 0)
                {
                    throw new ArgumentException("only the first part of a data set may hold patients and visits", nameof(parts));
                }
            }

            writer.Drain();
            Phases.End("check and write records");
            if (readErrors.Count + errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return ImportResult.Failed(readErrors.Count > 0 ? readErrors : errors);
            }

            bulk.Insert(tables.Complete(), Nothing, cancellationToken);
            references.Restore();
            Phases.End("audit");
            ApplyToCreated();
            Save(ReasonFor(tables.Files));
            _counter.Inserted += tables.Records;
            written.Done();
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

    /// <summary>Checks the patients of one part's record rows (adding an error per row whose patient fails).</summary>
    private static void CheckRecords(InterchangeDataset part, PatientIndex patients, Action beforeQuery, List<InterchangeError> errors)
    {
        patients.Check(part.Labs, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.Infusions, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.AdverseEvents, r => r.Source, r => r.Patient, errors, beforeQuery);
        patients.Check(part.ImmunePanels, r => r.Source, r => r.Patient, errors, beforeQuery);
    }

    /// <summary>Locks the stored patients met since the last call, when the import checks references itself.</summary>
    private static int Hold(PatientReferences references, PatientIndex patients, int held, BackgroundWriter writer)
    {
        if (!references.TakenOver || patients.StoredPatients.Count == held)
        {
            return held;
        }

        writer.Drain();
        references.Hold([.. patients.StoredPatients.Skip(held).Select(p => p.Id)]);
        return patients.StoredPatients.Count;
    }

    /// <summary>Upserts one part's record rows: stored records are changed (tracked), new ones returned for the bulk insert.</summary>
    private PartRecords MakeRecords(InterchangeDataset part, CreatedRecords<Visit>? visits, PatientIndex patients, List<InterchangeError> errors,
        Action beforeQuery) => new(
            visits ?? new CreatedRecords<Visit>(0),
            _labs.Apply(CanonicalLabs(part.Labs, errors), db, patients, _ids, errors, beforeQuery),
            _infusions.Apply(part.Infusions, db, patients, _ids, errors, beforeQuery),
            _events.Apply(part.AdverseEvents, db, patients, _ids, errors, beforeQuery),
            _panels.Apply(part.ImmunePanels, db, patients, _ids, errors, beforeQuery));

    /// <summary>One part's writes, on the background writer: every new record, then the audit entries completed with them.</summary>
    private static void Write(BulkInserter bulk, PartRecords created, List<AuditEntry> audit, WriteProgress written, CancellationToken cancellationToken)
    {
        bulk.Insert(created.Visits.Records, Nothing, cancellationToken);
        bulk.Insert(created.Labs.Records, Nothing, cancellationToken);
        bulk.Insert(created.Infusions.Records, Nothing, cancellationToken);
        bulk.Insert(created.Events.Records, Nothing, cancellationToken);
        bulk.Insert(created.Panels.Records, Nothing, cancellationToken);
        bulk.Insert(audit, Nothing, cancellationToken);
        written.Add(created.Count);
    }

    /// <summary>Inserts the new patients and identities with their audit entries, and saves changes to stored patients.</summary>
    private void WritePatients(List<PatientRow> rows, List<Patient> newPatients, List<PatientIdentity> newIdentities, PatientIndex patients,
        BulkInserter bulk, CancellationToken cancellationToken)
    {
        var reason = ReasonFor(rows.Select(r => r.Source.File));
        var audit = new BulkAudit(db, db.Scope, clock.GetCurrentInstant(), reason);
        bulk.Insert(newPatients, Nothing, cancellationToken);
        bulk.Insert(newIdentities, Nothing, cancellationToken);
        bulk.Insert(audit.Inserted(newPatients, p => p.SiteId), Nothing, cancellationToken);
        bulk.Insert(audit.Inserted(newIdentities, i => patients.SiteOf(i.PatientId)), Nothing, cancellationToken);
        _counter.Inserted += newPatients.Count;
        Save(reason);
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

    /// <summary>The reason of records inserted from one file: one string per file, so audit entries can tell files apart by reference.</summary>
    private string ReasonForFile(string file)
    {
        if (!_reasons.TryGetValue(file, out var reason))
        {
            reason = ReasonFor([file]);
            _reasons[file] = reason;
        }

        return reason;
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

    /// <summary>The new records of one part, table by table.</summary>
    private sealed record PartRecords(
        CreatedRecords<Visit> Visits,
        CreatedRecords<LabResult> Labs,
        CreatedRecords<MscInfusion> Infusions,
        CreatedRecords<AdverseEvent> Events,
        CreatedRecords<ImmunePanel> Panels)
    {
        public int Count => Visits.Records.Count + Labs.Records.Count + Infusions.Records.Count + Events.Records.Count + Panels.Records.Count;
    }

    /// <summary>The bulk audit of the record tables, and the files their rows came from.</summary>
    private sealed class RecordTables
    {
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private readonly RecordTableAudit<Visit> _visits;
        private readonly RecordTableAudit<LabResult> _labs;
        private readonly RecordTableAudit<MscInfusion> _infusions;
        private readonly RecordTableAudit<AdverseEvent> _events;
        private readonly RecordTableAudit<ImmunePanel> _panels;
        private string? _lastFile;

        public RecordTables(DatasetImporter importer, LupusDbContext db, Instant at, PatientIndex patients)
        {
            var audit = new BulkAudit(db, db.Scope, at, "import");
            _visits = new(audit.Entries<Visit>(), patients.SiteOf, importer.ReasonForFile);
            _labs = new(audit.Entries<LabResult>(), patients.SiteOf, importer.ReasonForFile);
            _infusions = new(audit.Entries<MscInfusion>(), patients.SiteOf, importer.ReasonForFile);
            _events = new(audit.Entries<AdverseEvent>(), patients.SiteOf, importer.ReasonForFile);
            _panels = new(audit.Entries<ImmunePanel>(), patients.SiteOf, importer.ReasonForFile);
        }

        /// <summary>The files of the visit and record rows, in the order first met.</summary>
        public IEnumerable<string> Files => _files;

        public int Records => _visits.Records + _labs.Records + _infusions.Records + _events.Records + _panels.Records;

        /// <summary>Adds a part's new records to their audit entries; returns the entries they complete.</summary>
        public List<AuditEntry> Audit(PartRecords created)
        {
            var completed = new List<AuditEntry>();
            _visits.Add(created.Visits, completed);
            _labs.Add(created.Labs, completed);
            _infusions.Add(created.Infusions, completed);
            _events.Add(created.Events, completed);
            _panels.Add(created.Panels, completed);
            return completed;
        }

        /// <summary>The entries still open, completed.</summary>
        public List<AuditEntry> Complete()
        {
            var completed = new List<AuditEntry>();
            _visits.Complete(completed);
            _labs.Complete(completed);
            _infusions.Complete(completed);
            _events.Complete(completed);
            _panels.Complete(completed);
            return completed;
        }

        public void Saw(InterchangeDataset part)
        {
            Saw(part.Visits.Select(r => r.Source.File));
            Saw(part.Labs.Select(r => r.Source.File));
            Saw(part.Infusions.Select(r => r.Source.File));
            Saw(part.AdverseEvents.Select(r => r.Source.File));
            Saw(part.ImmunePanels.Select(r => r.Source.File));
        }

        private void Saw(IEnumerable<string> files)
        {
            foreach (var file in files)
            {
                if (!ReferenceEquals(file, _lastFile))
                {
                    _lastFile = file;
                    _files.Add(file);
                }
            }
        }
    }
}
