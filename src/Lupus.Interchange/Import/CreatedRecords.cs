using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>
/// The patient records an import creates, one typed list per table, in the order they are inserted. The visits are
/// made first (they are scored together); the records of the other tables are made while they are inserted.
/// </summary>
internal sealed class CreatedRecords(List<Visit> visits)
{
    private readonly List<LabResult> _labs = [];
    private readonly List<MscInfusion> _infusions = [];
    private readonly List<AdverseEvent> _events = [];
    private readonly List<ImmunePanel> _panels = [];

    public int Count => visits.Count + _labs.Count + _infusions.Count + _events.Count + _panels.Count;

    /// <summary>The audit entries of every created record, table by table.</summary>
    public IEnumerable<AuditEntry> Audit(BulkAudit audit, Func<PatientRecord, Guid> siteOf) =>
        audit.Inserted<Visit>(visits, siteOf).Concat(audit.Inserted<LabResult>(_labs, siteOf)).Concat(audit.Inserted<MscInfusion>(_infusions, siteOf))
            .Concat(audit.Inserted<AdverseEvent>(_events, siteOf)).Concat(audit.Inserted<ImmunePanel>(_panels, siteOf));

    /// <summary>
    /// Inserts the visits, then each other table's new records as <paramref name="labs"/> and the others make them
    /// (on a worker thread, <see cref="Prefetch"/>), keeping them for the audit.
    /// </summary>
    public void Insert(BulkInserter bulk, IEnumerable<LabResult> labs, IEnumerable<MscInfusion> infusions, IEnumerable<AdverseEvent> events,
        IEnumerable<ImmunePanel> panels, Action onRow, CancellationToken cancellationToken)
    {
        bulk.Insert(visits, onRow, cancellationToken);
        bulk.Insert(Kept(Prefetch.Ahead(labs, Prefetch.Batch, 8, cancellationToken), _labs), onRow, cancellationToken);
        bulk.Insert(Kept(Prefetch.Ahead(infusions, Prefetch.Batch, 8, cancellationToken), _infusions), onRow, cancellationToken);
        bulk.Insert(Kept(Prefetch.Ahead(events, Prefetch.Batch, 8, cancellationToken), _events), onRow, cancellationToken);
        bulk.Insert(Kept(Prefetch.Ahead(panels, Prefetch.Batch, 8, cancellationToken), _panels), onRow, cancellationToken);
    }

    private static IEnumerable<T> Kept<T>(IEnumerable<T> records, List<T> kept)
    {
        foreach (var record in records)
        {
            kept.Add(record);
            yield return record;
        }
    }
}
