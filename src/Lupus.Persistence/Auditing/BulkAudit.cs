using System.Text;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using NodaTime;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// Audit entries for records inserted in bulk (imports), which bypass <see cref="LupusDbContext.SaveChanges(bool)"/>.
/// One entry per run of consecutive records of one patient and type (about <see cref="EntryLength"/> characters), field
/// <see cref="RecordBatch"/>: the new value holds a header line of field names and one line of cells per record
/// (<see cref="AuditText"/>). Who, when, which records and every value are kept; <see cref="Expand"/> turns an entry
/// back into one <see cref="WholeRecord"/> entry per record, <c>Name=value; ...</c>, for readers.
/// </summary>
/// <remarks>The caller must have checked what the save path checks: the scope may write clinical data at the site.</remarks>
public sealed class BulkAudit(LupusDbContext db, AccessScope scope, Instant at, string reason)
{
    /// <summary>The field name of an entry describing one whole inserted record.</summary>
    public const string WholeRecord = "*";

    /// <summary>The field name of an entry describing several inserted records, one per line.</summary>
    public const string RecordBatch = "*records";

    /// <summary>
    /// The length at which an entry is complete: a few hundred lab results, a few dozen visits. Kept under the size at
    /// which .NET allocates a string in the large object heap, whose fresh memory cost more than writing the text.
    /// </summary>
    public const int EntryLength = 30_000;

    /// <summary>The entries for <paramref name="records"/>, streamed in record order.</summary>
    /// <param name="records">New records, best grouped by patient (each change of patient starts a new entry).</param>
    /// <param name="siteOf">The site of a record's patient.</param>
    public IEnumerable<AuditEntry> Inserted<T>(IEnumerable<T> records, Func<T, Guid> siteOf)
        where T : class, IClinicalRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(siteOf);
        var entries = Entries<T>();
        var done = new List<AuditEntry>();
        foreach (var record in records)
        {
            entries.Add(record, siteOf(record), reason, done);
            if (done.Count > 0)
            {
                foreach (var entry in done)
                {
                    yield return entry;
                }

                done.Clear();
            }
        }

        entries.Complete(done);
        foreach (var entry in done)
        {
            yield return entry;
        }
    }

    /// <summary>The entries of records of one type added a few at a time (an import's parts), completed as they fill.</summary>
    public InsertedEntries<T> Entries<T>()
        where T : class, IClinicalRecord
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var audited = entity.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsSearchKey() && p.Name != nameof(IClinicalRecord.Version)).ToList();
        var owner = audited.Any(p => p.Name == nameof(PatientRecord.PatientId)) ? nameof(PatientRecord.PatientId) : null;
        var (header, write) = AuditText.For<T>(audited, owner);
        return new InsertedEntries<T>(header, write, (patient, site, why, text) => Entry(typeof(T).Name, patient, site, why, text));
    }

    /// <summary>One <see cref="WholeRecord"/> entry per record of a <see cref="RecordBatch"/> entry; any other entry as it is.</summary>
    public static IEnumerable<AuditEntry> Expand(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Field != RecordBatch || entry.NewValue is null)
        {
            yield return entry;
            yield break;
        }

        var lines = entry.NewValue.Split('\n');
        if (lines[0].StartsWith(AuditText.HeaderMark))
        {
            var header = lines[0][1..].Split('\t');
            foreach (var line in lines.Skip(1))
            {
                var (id, values) = AuditText.Record(header, line, entry.PatientId);
                yield return Record(entry, id, values);
            }

            yield break;
        }

        foreach (var line in lines)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            yield return Record(entry, Guid.Parse(line.AsSpan(0, space)), AuditText.Unescape(line[(space + 1)..]));
        }
    }

    private static AuditEntry Record(AuditEntry entry, Guid id, string values) => new()
    {
        Id = entry.Id, At = entry.At, UserId = entry.UserId, UserName = entry.UserName, Action = entry.Action, Entity = entry.Entity,
        EntityId = id, PatientId = entry.PatientId, SiteId = entry.SiteId, Field = WholeRecord, NewValue = values, Reason = entry.Reason,
    };

    private AuditEntry Entry(string entity, Guid patient, Guid site, string why, StringBuilder values) => new()
    {
        Id = Guid.CreateVersion7(),
        At = at,
        UserId = scope.UserId,
        UserName = scope.UserName,
        Action = AuditAction.Insert,
        Entity = entity,
        EntityId = patient,
        PatientId = patient,
        SiteId = site,
        Field = RecordBatch,
        NewValue = values.ToString(),
        Reason = why,
    };
}
