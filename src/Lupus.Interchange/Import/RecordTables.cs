using Lupus.Persistence;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Interchange.Import;

/// <summary>The bulk audit of the record tables.</summary>
internal sealed class RecordTables
{
    private readonly RecordTableAudit<Visit> _visits;
    private readonly RecordTableAudit<LabResult> _labs;
    private readonly RecordTableAudit<MscInfusion> _infusions;
    private readonly RecordTableAudit<AdverseEvent> _events;
    private readonly RecordTableAudit<ImmunePanel> _panels;

    public RecordTables(LupusDbContext db, Instant at, PatientIndex patients, ImportReasons reasons)
    {
        var audit = new BulkAudit(db, db.Scope, at, "import");
        _visits = new(audit.Entries<Visit>(), patients.SiteOf, reasons.ForFile);
        _labs = new(audit.Entries<LabResult>(), patients.SiteOf, reasons.ForFile);
        _infusions = new(audit.Entries<MscInfusion>(), patients.SiteOf, reasons.ForFile);
        _events = new(audit.Entries<AdverseEvent>(), patients.SiteOf, reasons.ForFile);
        _panels = new(audit.Entries<ImmunePanel>(), patients.SiteOf, reasons.ForFile);
    }

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
}
