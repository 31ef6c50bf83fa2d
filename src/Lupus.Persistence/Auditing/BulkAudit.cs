using System.Text;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Lupus.Persistence.Auditing;

/// <summary>
/// Audit entries for records inserted in bulk (imports), which bypass <see cref="LupusDbContext.SaveChanges(bool)"/>:
/// one entry per record instead of one per field, field <c>*</c>, the new value listing every non-empty field as
/// <c>Name=value</c> in model order. Who, when, which record and every value are kept, at an eighth of the rows.
/// </summary>
/// <remarks>The caller must have checked what the save path checks: the scope may write clinical data at the site.</remarks>
public sealed class BulkAudit(LupusDbContext db, AccessScope scope, Instant at, string reason)
{
    /// <summary>The field name of an entry describing a whole inserted record.</summary>
    public const string WholeRecord = "*";

    private readonly Dictionary<Type, IProperty[]> _properties = [];

    public AuditEntry Inserted(IClinicalRecord record, Guid siteId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var type = record.GetType();
        if (!_properties.TryGetValue(type, out var properties))
        {
            properties = [.. db.Model.FindEntityType(type)!.GetProperties()
                .Where(p => !p.IsPrimaryKey() && p.Name != nameof(IClinicalRecord.Version))];
            _properties[type] = properties;
        }

        var values = new StringBuilder(160);
        foreach (var property in properties)
        {
            if (AuditTrail.Format(property.GetGetter().GetClrValue(record)) is not { } text)
            {
                continue;
            }

            if (values.Length > 0)
            {
                values.Append("; ");
            }

            values.Append(property.Name).Append('=').Append(text);
        }

        return new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = at,
            UserId = scope.UserId,
            UserName = scope.UserName,
            Action = AuditAction.Insert,
            Entity = type.Name,
            EntityId = record.Id,
            PatientId = record.OwnerPatientId,
            SiteId = siteId,
            Field = WholeRecord,
            NewValue = values.ToString(),
            Reason = reason,
        };
    }
}
