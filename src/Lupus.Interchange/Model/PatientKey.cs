namespace Lupus.Interchange.Model;

/// <summary>The natural key of a patient across systems: site code and study id.</summary>
public readonly record struct PatientKey(string SiteCode, string StudyId)
{
    public override string ToString() => $"{SiteCode}/{StudyId}";
}
