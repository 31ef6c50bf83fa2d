namespace Lupus.Persistence.Entities;

/// <summary>A row of clinical data: audited field by field and protected by an optimistic concurrency version.</summary>
public interface IClinicalRecord
{
    Guid Id { get; }

    /// <summary>The patient the record belongs to (the patient's own id for a patient), for the per-patient audit.</summary>
    Guid OwnerPatientId { get; }

    /// <summary>Incremented on every update; a save whose version is stale is refused.</summary>
    int Version { get; set; }
}
