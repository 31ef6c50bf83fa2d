using Lupus.Persistence.Entities;

namespace Lupus.Application.Endpoints;

/// <summary>One patient's registry records, as loaded for endpoint derivation and the report.</summary>
public sealed record PatientData(
    Patient Patient,
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<MscInfusion> Infusions,
    IReadOnlyList<LabResult> Labs,
    IReadOnlyList<ImmunePanel> Panels,
    IReadOnlyList<AdverseEvent> Events)
{
    /// <summary>Time origin: the first MSC infusion; null when the patient had none.</summary>
    public NodaTime.LocalDate? Origin => Infusions.Count == 0 ? null : Infusions.Min(i => i.InfusionDate);
}
