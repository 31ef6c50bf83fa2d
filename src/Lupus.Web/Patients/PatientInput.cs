using System.ComponentModel.DataAnnotations;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;

namespace Lupus.Web.Patients;

/// <summary>A patient's baseline characteristics and (kept apart when stored) identifying details.</summary>
public sealed record PatientInput : IRecordInput
{
    [Display(Name = "Study id")]
    public string? StudyId { get; set; }

    [Display(Name = "Site")]
    public Guid SiteId { get; set; }

    public Sex Sex { get; set; }

    [Display(Name = "Birth date")]
    public DateOnly BirthDate { get; set; }

    public string? Ethnicity { get; set; }

    [Display(Name = "SLE diagnosis date")]
    public DateOnly DiagnosisDate { get; set; }

    [Display(Name = "Classification criteria met")]
    public ClassificationCriteria ClassificationCriteria { get; set; }

    [Display(Name = "Lupus nephritis class (ISN/RPS)")]
    public NephritisClass NephritisClass { get; set; }

    [Display(Name = "Consent date")]
    public DateOnly ConsentDate { get; set; }

    [Display(Name = "Given name")]
    public string? GivenName { get; set; }

    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Hospital number")]
    public string? HospitalNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public int Version { get; set; }

    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }
}
