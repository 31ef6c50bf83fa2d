using Lupus.Persistence.Entities;

namespace Lupus.Web.Patients;

/// <summary>Everything recorded for one patient, as the patient page shows it, with the course plot already drawn.</summary>
/// <param name="Visits">By visit date, earliest first.</param>
/// <param name="Infusions">By infusion date, earliest first.</param>
/// <param name="AdverseEvents">By onset, latest first.</param>
/// <param name="Labs">By collection date, latest first.</param>
/// <param name="Panels">By sample date, latest first.</param>
/// <param name="Timeline">SVG of the course (SLEDAI-2K, C3, proteinuria, creatinine, infusions).</param>
public sealed record PatientCourse(
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<MscInfusion> Infusions,
    IReadOnlyList<AdverseEvent> AdverseEvents,
    IReadOnlyList<LabResult> Labs,
    IReadOnlyList<ImmunePanel> Panels,
    string Timeline);
