using Lupus.Persistence.Search;
using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>A trial participant's clinical identity: pseudonymous study id and baseline characteristics.</summary>
/// <remarks>Names, contacts and the hospital number live apart, in <see cref="PatientIdentity"/>.</remarks>
public sealed class Patient : IClinicalRecord
{
    private string _studyId = "";

    public Guid Id { get; set; }

    public required string StudyId
    {
        get => _studyId;
        set
        {
            _studyId = value;
            StudyIdKey = SearchKey.Of(value);
        }
    }

    /// <summary>
    /// <see cref="SearchKey"/> of the study id, set with it (every save and bulk insert writes the entity's value).
    /// </summary>
    public string StudyIdKey { get; private set; } = "";

    public Guid SiteId { get; set; }

    public Site? Site { get; set; }

    public Sex Sex { get; set; }

    public LocalDate BirthDate { get; set; }

    public string Ethnicity { get; set; } = "";

    public LocalDate DiagnosisDate { get; set; }

    public ClassificationCriteria ClassificationCriteria { get; set; }

    public NephritisClass NephritisClass { get; set; }

    public LocalDate ConsentDate { get; set; }

    /// <summary>Study or cohort label the patient is analysed in (for example <c>UC-MSC multicentre 2014</c>).</summary>
    public string Cohort { get; set; } = "";

    /// <summary>Date of death; null while the patient is known alive (vital status at <see cref="LastContactDate"/>).</summary>
    public LocalDate? DeathDate { get; set; }

    /// <summary>Last date the patient was known alive; null when only the visits tell.</summary>
    public LocalDate? LastContactDate { get; set; }

    public int Version { get; set; }

    public PatientIdentity? Identity { get; set; }

    Guid IClinicalRecord.OwnerPatientId => Id;
}
