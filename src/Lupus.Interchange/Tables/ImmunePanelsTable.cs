using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tables;

/// <summary><c>immune_panels.csv</c>: flow cytometry subsets (percent) and cytokines (pg/mL) of one sample.</summary>
public sealed class ImmunePanelsTable : InterchangeTable<ImmunePanelRow>
{
    private static readonly string[] Percentages =
        ["treg_percent", "th1_percent", "th2_percent", "th17_percent", "tfh_percent", "breg_percent", "plasma_cell_percent"];

    private static readonly string[] Cytokines = ["il10_pg_per_ml", "tnf_alpha_pg_per_ml", "ifn_alpha_pg_per_ml", "il6_pg_per_ml"];

    public static readonly ImmunePanelsTable Instance = new();

    public override string FileName => "immune_panels.csv";

    public override IReadOnlyList<string> Columns { get; } = [SiteCode, StudyId, "sample_date", .. Percentages, .. Cytokines];

    public override List<ImmunePanelRow> RowsOf(InterchangeDataset dataset) => dataset.ImmunePanels;

    public override string[] Write(ImmunePanelRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        decimal?[] values =
        [
            row.TregPercent, row.Th1Percent, row.Th2Percent, row.Th17Percent, row.TfhPercent, row.BregPercent, row.PlasmaCellPercent,
            row.Il10PgPerMl, row.TnfAlphaPgPerMl, row.IfnAlphaPgPerMl, row.Il6PgPerMl,
        ];
        return [row.Patient.SiteCode, row.Patient.StudyId, CellFormat.Date(row.SampleDate), .. values.Select(CellFormat.Number)];
    }

    protected override ImmunePanelRow? ReadFields(RowReader reader, PatientKey patient)
    {
        var date = reader.Date("sample_date");
        var p = Percentages.Select(c => reader.OptionalNumber(c, 0, 100)).ToArray();
        var c = Cytokines.Select(c => reader.OptionalNumber(c, 0, Limits.Large)).ToArray();
        if (!reader.Ok)
        {
            return null;
        }

        return new ImmunePanelRow(reader.Row, patient, date!.Value, p[0], p[1], p[2], p[3], p[4], p[5], p[6], c[0], c[1], c[2], c[3]);
    }
}
