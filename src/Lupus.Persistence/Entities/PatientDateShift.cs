namespace Lupus.Persistence.Entities;

/// <summary>The one random offset (-180..+180 days) that shifts every date of a patient in de-identified exports.</summary>
/// <remarks>Stored on first use so that every later export shifts the patient's dates by the same amount.</remarks>
public sealed class PatientDateShift
{
    public Guid PatientId { get; set; }

    public int OffsetDays { get; set; }
}
