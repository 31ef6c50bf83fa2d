using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>The patient records an import creates, one typed list per table, in the order they are inserted.</summary>
internal sealed class CreatedRecords(List<Visit> visits, List<LabResult> labs, List<MscInfusion> infusions, List<AdverseEvent> events, List<ImmunePanel> panels)
{
    public int Count => visits.Count + labs.Count + infusions.Count + events.Count + panels.Count;

    /// <summary>The audit entries of every created record, table by table.</summary>
    public IEnumerable<AuditEntry> Audit(BulkAudit audit, Func<PatientRecord, Guid> siteOf) =>
        audit.Inserted<Visit>(visits, siteOf).Concat(audit.Inserted<LabResult>(labs, siteOf)).Concat(audit.Inserted<MscInfusion>(infusions, siteOf))
            .Concat(audit.Inserted<AdverseEvent>(events, siteOf)).Concat(audit.Inserted<ImmunePanel>(panels, siteOf));

    public void Insert(BulkInserter bulk, Action onRow, CancellationToken cancellationToken)
    {
        bulk.Insert(visits, onRow, cancellationToken);
        bulk.Insert(labs, onRow, cancellationToken);
        bulk.Insert(infusions, onRow, cancellationToken);
        bulk.Insert(events, onRow, cancellationToken);
        bulk.Insert(panels, onRow, cancellationToken);
    }
}
