using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tables;

/// <summary><c>adverse_events.csv</c>: one CTCAE-graded event per row.</summary>
public sealed class AdverseEventsTable : InterchangeTable<AdverseEventRow>
{
    public static readonly AdverseEventsTable Instance = new();

    public override string FileName => "adverse_events.csv";

    public override IReadOnlyList<string> Columns { get; } =
        [SiteCode, StudyId, "term", "onset_date", "grade", "serious", "relation_to_infusion", "resolution_date"];

    public override List<AdverseEventRow> RowsOf(InterchangeDataset dataset) => dataset.AdverseEvents;

    public override string[] Write(AdverseEventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Patient.SiteCode, row.Patient.StudyId, row.Term, CellFormat.Date(row.OnsetDate), CellFormat.Number(row.Grade),
            CellFormat.Bool(row.Serious), row.RelationToInfusion.ToString(), CellFormat.Date(row.ResolutionDate),
        ];
    }

    protected override AdverseEventRow? ReadFields(RowReader reader, PatientKey patient)
    {
        var term = reader.Text("term");
        var onset = reader.Date("onset_date");
        var grade = reader.WholeNumber("grade", 1, 5);
        var serious = reader.Bool("serious");
        var relation = reader.Enum<InfusionRelation>("relation_to_infusion");
        var resolution = reader.OptionalDate("resolution_date");
        if (onset is { } o && resolution is { } r && r < o)
        {
            reader.Fail("resolution_date", "resolution is before onset");
        }

        if (!reader.Ok)
        {
            return null;
        }

        return new AdverseEventRow(reader.Row, patient, term!, grade!.Value, serious!.Value, relation!.Value, onset!.Value, resolution);
    }
}
