using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tables;

/// <summary><c>patients.csv</c>: one row per patient; the identifying columns are left out of de-identified files.</summary>
public sealed class PatientsTable : InterchangeTable<PatientRow>
{
    private static readonly string[] Identifying = ["given_name", "family_name", "hospital_number", "phone", "email"];

    private static readonly string[] Clinical =
    [
        SiteCode, StudyId, "sex", "birth_date", "ethnicity", "diagnosis_date", "classification_criteria", "nephritis_class", "consent_date",
    ];

    public static readonly PatientsTable Instance = new();

    public override string FileName => "patients.csv";

    public override IReadOnlyList<string> Columns { get; } = [.. Clinical, .. Identifying];

    public override IReadOnlyList<string> OptionalColumns => Identifying;

    public override List<PatientRow> RowsOf(InterchangeDataset dataset) => dataset.Patients;

    public override IReadOnlyList<string> ColumnsFor(IReadOnlyList<PatientRow> rows) =>
        rows.Any(r => r.Identity is not null) ? Columns : Clinical;

    public override string[] Write(PatientRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.Identity;
        string[] clinical =
        [
            row.Key.SiteCode, row.Key.StudyId, row.Sex.ToString(), CellFormat.Date(row.BirthDate), row.Ethnicity,
            CellFormat.Date(row.DiagnosisDate), row.ClassificationCriteria.ToString(), row.NephritisClass.ToString(),
            CellFormat.Date(row.ConsentDate),
        ];
        return id is null ? clinical : [.. clinical, id.GivenName, id.FamilyName, id.HospitalNumber, id.Phone ?? "", id.Email ?? ""];
    }

    protected override PatientRow? ReadFields(RowReader reader, PatientKey patient)
    {
        var sex = reader.Enum<Sex>("sex");
        var birth = reader.Date("birth_date");
        var ethnicity = reader.OptionalText("ethnicity");
        var diagnosis = reader.Date("diagnosis_date");
        var criteria = reader.Enum<ClassificationCriteria>("classification_criteria");
        var nephritis = reader.Enum<NephritisClass>("nephritis_class");
        var consent = reader.Date("consent_date");
        var identity = ReadIdentity(reader);
        if (birth is { } b && diagnosis is { } d && d < b)
        {
            reader.Fail("diagnosis_date", "diagnosis is before birth");
        }

        if (!reader.Ok)
        {
            return null;
        }

        return new PatientRow(reader.Row, patient, sex!.Value, birth!.Value, ethnicity, diagnosis!.Value, criteria!.Value,
            nephritis!.Value, consent!.Value, identity);
    }

    private static PatientIdentityRow? ReadIdentity(RowReader reader)
    {
        var given = reader.OptionalText("given_name");
        var family = reader.OptionalText("family_name");
        var number = reader.OptionalText("hospital_number");
        var phone = reader.OptionalText("phone");
        var email = reader.OptionalText("email");
        if (given.Length + family.Length + number.Length + phone.Length + email.Length == 0)
        {
            return null;
        }

        return new PatientIdentityRow(given, family, number, phone.Length == 0 ? null : phone, email.Length == 0 ? null : email);
    }
}
