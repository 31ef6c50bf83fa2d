namespace Lupus.Persistence.Entities;

/// <summary>Identifying details of a patient, kept apart from clinical data and never shown to statisticians.</summary>
public sealed class PatientIdentity : IClinicalRecord
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public string HospitalNumber { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public int Version { get; set; }

    Guid IClinicalRecord.OwnerPatientId => PatientId;
}
