using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>
/// The bulk audit of one table's new records, a part of the import at a time: each record goes into its patient's
/// entry (reason <c>import &lt;file&gt;</c>), and the entries that are complete are handed on to be written.
/// </summary>
internal sealed class RecordTableAudit<T>(InsertedEntries<T> audit, Func<Guid, Guid> siteOf, Func<string, string> reasonFor)
    where T : PatientRecord
{
    public int Records { get; private set; }

    public void Add(CreatedRecords<T> created, List<AuditEntry> completed)
    {
        Records += created.Records.Count;
        foreach (var (file, start, count) in created.Runs())
        {
            var reason = reasonFor(file);
            foreach (var record in ByPatient(created.Records, start, count))
            {
                audit.Add(record, siteOf(record.PatientId), reason, completed);
            }
        }
    }

    /// <summary>Completes the last open audit entry.</summary>
    public void Complete(List<AuditEntry> completed) => audit.Complete(completed);

    /// <summary>
    /// The records of a run grouped by patient, in order of first appearance: rows usually come grouped already, but
    /// a table sorted by date would otherwise give one audit entry per record.
    /// </summary>
    private static IEnumerable<T> ByPatient(List<T> records, int start, int count)
    {
        var runs = new HashSet<Guid>();
        var grouped = true;
        for (var i = start; i < start + count && grouped; i++)
        {
            grouped = (i > start && records[i].PatientId == records[i - 1].PatientId) || runs.Add(records[i].PatientId);
        }

        return grouped ? records.Skip(start).Take(count) : records.Skip(start).Take(count).GroupBy(r => r.PatientId).SelectMany(g => g);
    }
}
