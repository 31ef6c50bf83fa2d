namespace Lupus.Persistence.Entities;

/// <summary>Base of the clinical records that hang off a patient (visits, labs, infusions, events, panels).</summary>
public abstract class PatientRecord : IClinicalRecord
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public int Version { get; set; }

    Guid IClinicalRecord.OwnerPatientId => PatientId;
}
