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
/// records are inserted in bulk with one audit entry each (<see cref="BulkAudit"/>).
/// </summary>
public sealed class DatasetImporter(LupusDbContext db, IClock clock, IImportProgress? progress = null)
{
    private readonly ImportCounter _counter = new();

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

    /// <param name="data">Rows as read; nothing is written when it carries errors.</param>
    /// <param name="siteCode">When given, every row must belong to this site.</param>
    /// <param name="cancellationToken">Cancels before the commit; the transaction then rolls back.</param>
    public ImportResult Import(InterchangeDataset data, string? siteCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Errors.Count > 0)
        {
            return ImportResult.Failed(data.Errors);
        }

        var errors = new List<InterchangeError>();
        var labs = CanonicalLabs(data.Labs, errors);
        DuplicateKeys.Check(data.Patients, r => r.Source, r => r.Key, k => $"patient {k}", errors);
        var patients = PatientIndex.Resolve(db, data, siteCode, errors);
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
        if (errors.Count > 0)
        {
            return ImportResult.Failed(errors);
        }

        using var transaction = db.Database.BeginTransaction();
        WritePatients(data.Patients, patients);
        var created = new List<PatientRecord>();
        var visits = _visits.Apply(patients);
        Rescore(patients);
        created.AddRange(visits);
        created.AddRange(_labs.Apply(patients));
        created.AddRange(_infusions.Apply(patients));
        created.AddRange(_events.Apply(patients));
        created.AddRange(_panels.Apply(patients));
        Save(ReasonFor(SourceFiles(data)));
        InsertCreated(created, patients, data, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        _counter.Unchanged = data.RowCount - _counter.Inserted - _counter.Updated;
        return new ImportResult([], _counter.Inserted, _counter.Updated, _counter.Unchanged);
    }

    private static string CellText(LocalDate date) => Tables.CellFormat.Date(date);

    private static string ReasonFor(IEnumerable<string> files) => "import " + string.Join(", ", files.Distinct(StringComparer.Ordinal));

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

    private void WritePatients(List<PatientRow> rows, PatientIndex patients)
    {
        foreach (var row in rows)
        {
            var patient = patients.Existing(row.Key);
            if (patient is null)
            {
                patient = new Patient { Id = Guid.CreateVersion7(), StudyId = row.Key.StudyId, SiteId = patients.SiteOf(row.Key).Id };
                db.Patients.Add(patient);
                patients.Add(row.Key, patient);
            }

            RowMapper.Apply(row, patient);
            if (row.Identity is { } identity)
            {
                patient.Identity ??= new PatientIdentity { Id = Guid.CreateVersion7(), PatientId = patient.Id };
                RowMapper.Apply(identity, patient.Identity);
            }
        }

        Save(ReasonFor(rows.Select(r => r.Source.File)));
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

    private void InsertCreated(List<PatientRecord> created, PatientIndex patients, InterchangeDataset data, CancellationToken cancellationToken)
    {
        var bulk = BulkInserter.For(db);
        var done = 0L;
        var total = created.Count * 2L;
        void Tick()
        {
            if (++done % 10_000 == 0 || done == total)
            {
                Report("writing", done, total);
            }
        }

        foreach (var group in created.GroupBy(r => r.GetType()))
        {
            InsertOfType(bulk, group.Key, group, Tick, cancellationToken);
        }

        var sites = patients.ExistingPatients.ToDictionary(p => p.Id, p => p.SiteId);
        var audit = new BulkAudit(db, db.Scope, clock.GetCurrentInstant(), ReasonFor(SourceFiles(data)));
        bulk.Insert(created.Select(r => audit.Inserted(r, sites[r.PatientId])), Tick, cancellationToken);
        _counter.Inserted += created.Count;
    }

    private static void InsertOfType(BulkInserter bulk, Type type, IEnumerable<PatientRecord> rows, Action tick, CancellationToken cancellationToken)
    {
        switch (type.Name)
        {
            case nameof(Visit): bulk.Insert(rows.Cast<Visit>(), tick, cancellationToken); break;
            case nameof(LabResult): bulk.Insert(rows.Cast<LabResult>(), tick, cancellationToken); break;
            case nameof(MscInfusion): bulk.Insert(rows.Cast<MscInfusion>(), tick, cancellationToken); break;
            case nameof(AdverseEvent): bulk.Insert(rows.Cast<AdverseEvent>(), tick, cancellationToken); break;
            default: bulk.Insert(rows.Cast<ImmunePanel>(), tick, cancellationToken); break;
        }
    }

    private static IEnumerable<string> SourceFiles(InterchangeDataset data) =>
        data.Visits.Select(r => r.Source.File).Concat(data.Labs.Select(r => r.Source.File))
            .Concat(data.Infusions.Select(r => r.Source.File)).Concat(data.AdverseEvents.Select(r => r.Source.File))
            .Concat(data.ImmunePanels.Select(r => r.Source.File));

    private void Report(string stage, long done, long total) => progress?.Report(stage, done, total);
}
