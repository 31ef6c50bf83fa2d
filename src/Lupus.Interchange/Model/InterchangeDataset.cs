namespace Lupus.Interchange.Model;

/// <summary>Everything one import reads or one export writes, in format-neutral rows.</summary>
/// <remarks>A reader returns a data set only when <see cref="Errors"/> is empty; otherwise nothing is imported.</remarks>
public sealed class InterchangeDataset
{
    public List<PatientRow> Patients { get; } = [];

    public List<VisitRow> Visits { get; } = [];

    public List<LabRow> Labs { get; } = [];

    public List<InfusionRow> Infusions { get; } = [];

    public List<AdverseEventRow> AdverseEvents { get; } = [];

    public List<ImmunePanelRow> ImmunePanels { get; } = [];

    public List<InterchangeError> Errors { get; } = [];

    public int RowCount =>
        Patients.Count + Visits.Count + Labs.Count + Infusions.Count + AdverseEvents.Count + ImmunePanels.Count;
}
