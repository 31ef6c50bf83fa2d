using System.Globalization;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NodaTime;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// Runs before every save: refuses writes outside the scope and changes to the audit trail, bumps concurrency
/// versions, and appends one <see cref="AuditEntry"/> per changed field of clinical data.
/// </summary>
internal sealed class AuditTrail(LupusDbContext db, AccessScope scope, IClock clock)
{
    public void PrepareSave(string? reason)
    {
        db.ChangeTracker.DetectChanges();
        // One detection is enough: every Entries() call would otherwise scan all tracked rows again.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            Prepare(reason);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private void Prepare(string? reason)
    {
        if (db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }

        var changed = db.ChangeTracker.Entries<IClinicalRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (!scope.CanWriteClinical)
        {
            throw new ClinicalWriteDeniedException();
        }

        if (string.IsNullOrWhiteSpace(reason) && changed.Any(e => e.State != EntityState.Added))
        {
            throw new ChangeReasonRequiredException();
        }

        var at = clock.GetCurrentInstant();
        var trackedSites = db.ChangeTracker.Entries<Patient>().ToDictionary(p => p.Entity.Id, p => p.Entity.SiteId);
        foreach (var entry in changed)
        {
            var siteId = SiteOf(entry.Entity.OwnerPatientId, trackedSites);
            if (!scope.Covers(siteId))
            {
                throw new ClinicalWriteDeniedException("This account may not change data of that site.");
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Modified => AuditAction.Update,
                _ => AuditAction.Delete,
            };
            if (action == AuditAction.Update)
            {
                entry.Entity.Version++;
            }

            foreach (var (field, oldValue, newValue) in ChangedFields(entry, action))
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = at,
                    UserId = scope.UserId,
                    UserName = scope.UserName,
                    Action = action,
                    Entity = entry.Metadata.ClrType.Name,
                    EntityId = entry.Entity.Id,
                    PatientId = entry.Entity.OwnerPatientId,
                    SiteId = siteId,
                    Field = field,
                    OldValue = oldValue,
                    NewValue = newValue,
                    Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                });
            }
        }
    }

    private Guid SiteOf(Guid patientId, Dictionary<Guid, Guid> trackedSites) =>
        trackedSites.TryGetValue(patientId, out var siteId)
            ? siteId
            : db.Patients.IgnoreQueryFilters().Where(p => p.Id == patientId).Select(p => p.SiteId).FirstOrDefault();

    private static IEnumerable<(string Field, string? Old, string? New)> ChangedFields(EntityEntry entry, AuditAction action)
    {
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(IClinicalRecord.Version) || property.Metadata.IsPrimaryKey() || property.Metadata.IsSearchKey())
            {
                continue;
            }

            var oldValue = action == AuditAction.Insert ? null : Format(property.OriginalValue);
            var newValue = action == AuditAction.Delete ? null : Format(property.CurrentValue);
            if (action == AuditAction.Update && (!property.IsModified || oldValue == newValue))
            {
                continue;
            }

            if (action != AuditAction.Update && oldValue is null && newValue is null)
            {
                continue;
            }

            yield return (name, oldValue, newValue);
        }
    }

    /// <summary>Invariant, ISO text for audit values (dates as yyyy-MM-dd, decimals with a point).</summary>
    internal static string? Format(object? value) => value switch
    {
        null => null,
        LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
