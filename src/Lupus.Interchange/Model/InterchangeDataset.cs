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

    /// <summary>Adds the rows and errors of another data set (a later part of the same read).</summary>
    public void Append(InterchangeDataset other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Patients.AddRange(other.Patients);
        Visits.AddRange(other.Visits);
        Labs.AddRange(other.Labs);
        Infusions.AddRange(other.Infusions);
        AdverseEvents.AddRange(other.AdverseEvents);
        ImmunePanels.AddRange(other.ImmunePanels);
        Errors.AddRange(other.Errors);
    }

    public int RowCount =>
        Patients.Count + Visits.Count + Labs.Count + Infusions.Count + AdverseEvents.Count + ImmunePanels.Count;
}
