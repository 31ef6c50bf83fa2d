using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>The new records of one part, table by table.</summary>
internal sealed record PartRecords(
    CreatedRecords<Visit> Visits,
    CreatedRecords<LabResult> Labs,
    CreatedRecords<MscInfusion> Infusions,
    CreatedRecords<AdverseEvent> Events,
    CreatedRecords<ImmunePanel> Panels)
{
    public int Count => Visits.Records.Count + Labs.Records.Count + Infusions.Records.Count + Events.Records.Count + Panels.Records.Count;
}
