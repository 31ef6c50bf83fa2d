using System.Text;
using Lupus.Persistence.Entities;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// Builds the <see cref="BulkAudit.RecordBatch"/> entries of inserted records of one type as the records are added:
/// an entry is complete when the patient or the reason changes, or when its text reaches
/// <see cref="BulkAudit.EntryLength"/> characters.
/// </summary>
public sealed class InsertedEntries<T>
    where T : class, IClinicalRecord
{
    private readonly string _header;
    private readonly Action<T, AuditText> _write;
    private readonly Func<Guid, Guid, string, StringBuilder, AuditEntry> _entry;
    private readonly AuditText _text = new(new StringBuilder(1 << 16));
    private (Guid Patient, Guid Site, string Reason, int Count) _open;

    internal InsertedEntries(string header, Action<T, AuditText> write, Func<Guid, Guid, string, StringBuilder, AuditEntry> entry)
    {
        _header = header;
        _write = write;
        _entry = entry;
    }

    /// <summary>
    /// Adds a record of the patient at <paramref name="site"/>, inserted for <paramref name="reason"/>; an entry it
    /// completes goes to <paramref name="completed"/>.
    /// </summary>
    public void Add(T record, Guid site, string reason, List<AuditEntry> completed)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(completed);
        if (_open.Count > 0
            && (record.OwnerPatientId != _open.Patient || _text.Text.Length >= BulkAudit.EntryLength || !ReferenceEquals(reason, _open.Reason)))
        {
            Complete(completed);
        }

        var text = _text.Text;
        if (_open.Count == 0)
        {
            _open = (record.OwnerPatientId, site, reason, 0);
            text.Append(_header);
        }

        text.Append('\n').Append(record.Id.ToString("D"));
        _write(record, _text);
        _open.Count++;
    }

    /// <summary>Completes the open entry, if any, into <paramref name="completed"/>.</summary>
    public void Complete(List<AuditEntry> completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (_open.Count == 0)
        {
            return;
        }

        completed.Add(_entry(_open.Patient, _open.Site, _open.Reason, _text.Text));
        _text.Text.Clear();
        _open = default;
    }
}
