namespace Lupus.Trials.Endpoints;

/// <summary>Everything the endpoint derivation reads for one patient, with days counted from the time origin.</summary>
/// <param name="PatientKey">The caller's identifier, carried through unchanged.</param>
/// <param name="Cohort">Study or cohort label.</param>
/// <param name="HasOrigin">False when the patient never received MSC (no time origin): not evaluable.</param>
/// <param name="Visits">Visits in day order.</param>
/// <param name="DeathDay">Day of death; null when alive at <paramref name="LastContactDay"/>.</param>
/// <param name="LastContactDay">Last day known alive (or of death).</param>
public sealed record PatientCourse(
    Guid PatientKey,
    string Cohort,
    bool HasOrigin,
    IReadOnlyList<CourseVisit> Visits,
    int? DeathDay,
    int LastContactDay);
