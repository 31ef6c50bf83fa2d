using Lupus.Persistence;

namespace Lupus.Interchange.Import;

/// <summary>
/// The write side of one import: the bulk inserter and the background writer that runs it, the bulk audit of the
/// record tables, who checks the records' patients (<see cref="PatientReferences"/>), and the progress.
/// </summary>
internal sealed class ImportWrites : IDisposable
{
    private readonly BackgroundWriter _writer = new();
    private readonly PatientReferences _references;
    private readonly WriteProgress _written;
    private int _held;

    public ImportWrites(LupusDbContext db, RecordTables tables, IImportProgress? progress)
    {
        Bulk = BulkInserter.For(db);
        _references = PatientReferences.For(db);
        Tables = tables;
        _written = new WriteProgress(progress);
    }

    public BulkInserter Bulk { get; }

    public RecordTables Tables { get; }

    /// <summary>From here on the import checks its records' patients itself, where the database allows it.</summary>
    public void TakeOverReferences() => _references.TakeOver();

    /// <summary>Locks the stored patients met since the last call, when the import checks references itself.</summary>
    public void Hold(PatientIndex patients)
    {
        if (!_references.TakenOver || patients.StoredPatients.Count == _held)
        {
            return;
        }

        _writer.Drain();
        _references.Hold([.. patients.StoredPatients.Skip(_held).Select(p => p.Id)]);
        _held = patients.StoredPatients.Count;
    }

    /// <summary>Audits a part's new records and hands them, with the audit entries they complete, to the background writer.</summary>
    public void Enqueue(PartRecords created, CancellationToken cancellationToken)
    {
        var audit = Tables.Audit(created);
        _writer.Enqueue(() =>
        {
            Bulk.Insert(created.Visits.Records, cancellationToken);
            Bulk.Insert(created.Labs.Records, cancellationToken);
            Bulk.Insert(created.Infusions.Records, cancellationToken);
            Bulk.Insert(created.Events.Records, cancellationToken);
            Bulk.Insert(created.Panels.Records, cancellationToken);
            Bulk.Insert(audit, cancellationToken);
            _written.Add(created.Count);
        });
    }

    /// <summary>
    /// Waits for every write handed over; throws the failure of any. Called before the importer queries the database
    /// itself: the connection serves one command at a time.
    /// </summary>
    public void Drain() => _writer.Drain();

    /// <summary>Writes the audit entries still open and hands the reference checks back to the database.</summary>
    public void Complete(CancellationToken cancellationToken)
    {
        _writer.Drain();
        Bulk.Insert(Tables.Complete(), cancellationToken);
        _references.Restore();
    }

    /// <summary>Reports everything written.</summary>
    public void Done() => _written.Done();

    /// <summary>Waits for the write in progress (the transaction must not end under it), then releases the statements.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        Bulk.Dispose();
    }
}
