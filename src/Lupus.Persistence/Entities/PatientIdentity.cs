using Lupus.Persistence.Search;

namespace Lupus.Persistence.Entities;

/// <summary>Identifying details of a patient, kept apart from clinical data and never shown to statisticians.</summary>
public sealed class PatientIdentity : IClinicalRecord
{
    private string _familyName = "";
    private string _hospitalNumber = "";

    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient? Patient { get; set; }

    public string GivenName { get; set; } = "";

    public string FamilyName
    {
        get => _familyName;
        set
        {
            _familyName = value;
            FamilyNameKey = SearchKey.Of(value);
        }
    }

    public string HospitalNumber
    {
        get => _hospitalNumber;
        set
        {
            _hospitalNumber = value;
            HospitalNumberKey = SearchKey.Of(value);
        }
    }

    /// <summary><see cref="SearchKey"/> of <see cref="FamilyName"/>, set with it; hidden from statisticians with the identity.</summary>
    public string FamilyNameKey { get; private set; } = "";

    /// <summary><see cref="SearchKey"/> of <see cref="HospitalNumber"/>, set with it.</summary>
    public string HospitalNumberKey { get; private set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public int Version { get; set; }

    Guid IClinicalRecord.OwnerPatientId => PatientId;
}
