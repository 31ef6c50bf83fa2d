using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tables;

/// <summary><c>labs.csv</c>: one value per row, in the unit the laboratory reported (converted on import).</summary>
public sealed class LabsTable : InterchangeTable<LabRow>
{
    public static readonly LabsTable Instance = new();

    public override string FileName => "labs.csv";

    public override IReadOnlyList<string> Columns { get; } =
        [SiteCode, StudyId, "collection_date", "analyte", "value", "unit", "lower_limit", "upper_limit"];

    public override List<LabRow> RowsOf(InterchangeDataset dataset) => dataset.Labs;

    public override string[] Write(LabRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Patient.SiteCode, row.Patient.StudyId, CellFormat.Date(row.CollectionDate), row.Analyte.ToString(),
            CellFormat.Number(row.Value), row.Unit, CellFormat.Number(row.LowerLimit), CellFormat.Number(row.UpperLimit),
        ];
    }

    protected override LabRow? ReadFields(RowReader reader, PatientKey patient)
    {
        var date = reader.Date("collection_date");
        var analyte = reader.Enum<Analyte>("analyte");
        var value = reader.Number("value", 0, Limits.Large);
        var unit = reader.Text("unit");
        var lower = reader.OptionalNumber("lower_limit", 0, Limits.Large);
        var upper = reader.OptionalNumber("upper_limit", 0, Limits.Large);
        if (!reader.Ok)
        {
            return null;
        }

        return new LabRow(reader.Row, patient, analyte!.Value, date!.Value, value!.Value, unit!, lower, upper);
    }
}
