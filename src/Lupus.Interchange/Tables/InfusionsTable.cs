using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tables;

/// <summary><c>infusions.csv</c>: one MSC infusion per row.</summary>
public sealed class InfusionsTable : InterchangeTable<InfusionRow>
{
    public static readonly InfusionsTable Instance = new();

    public override string FileName => "infusions.csv";

    public override IReadOnlyList<string> Columns { get; } =
    [
        SiteCode, StudyId, "infusion_date", "cell_source", "donor_type", "dose_cells_per_kg", "total_cells", "lot", "passage",
        "viability_percent", "route",
    ];

    public override List<InfusionRow> RowsOf(InterchangeDataset dataset) => dataset.Infusions;

    public override string[] Write(InfusionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Patient.SiteCode, row.Patient.StudyId, CellFormat.Date(row.InfusionDate), row.CellSource.ToString(), row.DonorType.ToString(),
            CellFormat.Number(row.DoseCellsPerKg), CellFormat.Number(row.TotalCells), row.Lot, CellFormat.Number(row.Passage),
            CellFormat.Number(row.ViabilityPercent), row.Route.ToString(),
        ];
    }

    protected override InfusionRow? ReadFields(RowReader reader, PatientKey patient)
    {
        var date = reader.Date("infusion_date");
        var source = reader.Enum<MscSource>("cell_source");
        var donor = reader.Enum<DonorType>("donor_type");
        var dose = reader.Number("dose_cells_per_kg", 0, Limits.Large);
        var total = reader.Number("total_cells", 0, Limits.Large);
        var lot = reader.OptionalText("lot");
        var passage = reader.WholeNumber("passage", 0, 100);
        var viability = reader.Number("viability_percent", 0, 100);
        var route = reader.Enum<InfusionRoute>("route");
        if (!reader.Ok)
        {
            return null;
        }

        return new InfusionRow(reader.Row, patient, date!.Value, source!.Value, donor!.Value, dose!.Value, total!.Value, lot,
            passage!.Value, viability!.Value, route!.Value);
    }
}
