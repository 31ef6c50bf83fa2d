using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>What happened to a clinical record.</summary>
public enum AuditAction
{
    Insert,
    Update,
    Delete,
}

/// <summary>One changed field of one clinical record: who, when, old and new value, and why. Append-only.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public Instant At { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Entity type name, for example <c>Visit</c>.</summary>
    public required string Entity { get; set; }

    public Guid EntityId { get; set; }

    public Guid PatientId { get; set; }

    public Guid SiteId { get; set; }

    public required string Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>Reason for change; required for updates and deletes.</summary>
    public string? Reason { get; set; }
}
