using Lupus.Persistence;
using Lupus.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Api;

internal static class AuditQueries
{
    public static async Task<IReadOnlyList<AuditEntryView>> ForPatientAsync(LupusDbContext db, Guid patientId, CancellationToken ct)
    {
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.PatientId == patientId).ToListAsync(ct);
        // Bulk imports audit many records per entry; readers see one entry per record.
        return rows.SelectMany(BulkAudit.Expand).OrderBy(a => a.At).ThenBy(a => a.Entity, StringComparer.Ordinal)
            .Select(a => new AuditEntryView(a.At.ToDateTimeOffset(), a.UserName, a.Action.ToString(), a.Entity, a.EntityId, a.Field, a.OldValue, a.NewValue, a.Reason))
            .ToList();
    }
}
