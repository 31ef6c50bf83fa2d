using Lupus.Domain.Instruments.Sledai;
using Lupus.Persistence.Search;
using NpgsqlTypes;

namespace Lupus.Web.Seed;

/// <summary>
/// A large synthetic cohort for load tests: patients split across the given sites, each with a run of monthly visits
/// ending in the last four months (so some are due), descriptors whose SLEDAI-2K weights give the stored scores, and
/// a few lab results. Deterministic for a seed.
/// </summary>
internal sealed class BenchCohort(IReadOnlyList<(Guid Id, string Code)> sites, int patients, int visitsPerPatient, int labsPerPatient, DateOnly today, int seed)
{
    public static readonly Column[] PatientColumns =
    [
        new("Id", NpgsqlDbType.Uuid), new("StudyId", NpgsqlDbType.Varchar), new("SiteId", NpgsqlDbType.Uuid), new("Sex", NpgsqlDbType.Varchar),
        new("BirthDate", NpgsqlDbType.Date), new("Ethnicity", NpgsqlDbType.Varchar), new("DiagnosisDate", NpgsqlDbType.Date),
        new("ClassificationCriteria", NpgsqlDbType.Varchar), new("NephritisClass", NpgsqlDbType.Varchar), new("ConsentDate", NpgsqlDbType.Date),
        new("Version", NpgsqlDbType.Integer), new("StudyIdKey", NpgsqlDbType.Varchar),
    ];

    public static readonly Column[] IdentityColumns =
    [
        new("Id", NpgsqlDbType.Uuid), new("PatientId", NpgsqlDbType.Uuid), new("GivenName", NpgsqlDbType.Varchar),
        new("FamilyName", NpgsqlDbType.Varchar), new("HospitalNumber", NpgsqlDbType.Varchar), new("Version", NpgsqlDbType.Integer),
        new("FamilyNameKey", NpgsqlDbType.Varchar), new("HospitalNumberKey", NpgsqlDbType.Varchar),
    ];

    public static readonly Column[] VisitColumns =
    [
        new("Id", NpgsqlDbType.Uuid), new("PatientId", NpgsqlDbType.Uuid), new("VisitDate", NpgsqlDbType.Date),
        new("SledaiDescriptors", NpgsqlDbType.Varchar), new("ConcomitantTreatments", NpgsqlDbType.Varchar), new("Sledai2k", NpgsqlDbType.Integer),
        new("ClinicalSledai", NpgsqlDbType.Integer), new("C3GPerL", NpgsqlDbType.Numeric), new("ProteinuriaGPer24h", NpgsqlDbType.Numeric),
        new("CreatinineUmolPerL", NpgsqlDbType.Numeric), new("Pga", NpgsqlDbType.Numeric), new("PrednisoneMgPerDay", NpgsqlDbType.Numeric),
        new("Version", NpgsqlDbType.Integer),
    ];

    public static readonly Column[] LabColumns =
    [
        new("Id", NpgsqlDbType.Uuid), new("PatientId", NpgsqlDbType.Uuid), new("Analyte", NpgsqlDbType.Varchar), new("Value", NpgsqlDbType.Numeric),
        new("Unit", NpgsqlDbType.Varchar), new("LowerLimit", NpgsqlDbType.Numeric), new("UpperLimit", NpgsqlDbType.Numeric),
        new("CollectionDate", NpgsqlDbType.Date), new("Version", NpgsqlDbType.Integer),
    ];

    private static readonly string[] Pool = ["proteinuria", "arthritis", "rash", "alopecia", "low_complement", "increased_dna_binding", "mucosal_ulcers"];

    private static readonly string[] FamilyNames = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Kowalski", "Murphy", "Rossi"];

    private static readonly string[] GivenNames = ["Amara", "Elin", "Chloé", "Yuki", "Lina", "Petra", "Beatriz", "Zofia", "Aoife", "Giulia"];

    private static readonly (string Analyte, string Unit, decimal Low, decimal High, decimal Mean)[] Labs =
    [
        ("C3", "g/L", 0.9m, 1.8m, 0.95m), ("Creatinine", "umol/L", 45m, 90m, 85m), ("Proteinuria24h", "g/24h", 0m, 0.15m, 0.9m),
    ];

    private readonly Random _random = new(seed);

    /// <summary>Ids of the patients, in the order they were generated (filled while <see cref="Patients"/> is read).</summary>
    public List<Guid> PatientIds { get; } = new(patients);

    public IEnumerable<object?[]> Patients()
    {
        for (var i = 0; i < patients; i++)
        {
            var id = Guid.CreateVersion7();
            PatientIds.Add(id);
            var site = sites[i % sites.Count];
            var birth = today.AddDays(-_random.Next(18 * 365, 70 * 365));
            var diagnosis = birth.AddDays(_random.Next(15 * 365, 17 * 365));
            var studyId = $"{site.Code}-B{i:D6}";
            yield return
            [
                id, studyId, site.Id, _random.Next(10) < 9 ? "Female" : "Male", birth, "Not recorded",
                diagnosis, "EularAcr2019", _random.Next(3) == 0 ? "IV" : "None", today.AddDays(-visitsPerPatient * 31 - 30), 0, SearchKey.Of(studyId),
            ];
        }
    }

    public IEnumerable<object?[]> Identities() => PatientIds.Select((id, i) =>
    {
        var (family, number) = (FamilyNames[(i / GivenNames.Length) % FamilyNames.Length], $"H{i:D7}");
        return new object?[] { Guid.CreateVersion7(), id, GivenNames[i % GivenNames.Length], family, number, 0, SearchKey.Of(family), SearchKey.Of(number) };
    });

    public IEnumerable<object?[]> Visits()
    {
        var descriptors = SledaiDescriptors.All.ToDictionary(d => d.Key, StringComparer.Ordinal);
        foreach (var patientId in PatientIds)
        {
            var last = today.AddDays(-_random.Next(0, 120));
            var activity = 0.3 + (_random.NextDouble() * 0.6);
            for (var v = visitsPerPatient - 1; v >= 0; v--)
            {
                // Activity falls over follow-up for most patients: the dashboard then finds responders.
                var present = Pool.Where(_ => _random.NextDouble() < activity * (0.4 + (0.6 * v / visitsPerPatient))).ToArray();
                var score = present.Sum(k => descriptors[k].Weight);
                var clinical = present.Where(k => !descriptors[k].Serological).Sum(k => descriptors[k].Weight);
                yield return
                [
                    Guid.CreateVersion7(), patientId, last.AddDays(-31 * v), string.Join(' ', present), "", score, clinical,
                    present.Contains("low_complement") ? 0.7m : 1.1m, present.Contains("proteinuria") ? 1.2m : 0.1m,
                    70m + _random.Next(40), Math.Round((decimal)(activity * 2), 1), 5m, 0,
                ];
            }
        }
    }

    public IEnumerable<object?[]> LabResults()
    {
        foreach (var patientId in PatientIds)
        {
            for (var l = 0; l < labsPerPatient; l++)
            {
                var (analyte, unit, low, high, mean) = Labs[l % Labs.Length];
                var value = Math.Round(mean * (decimal)(0.6 + (_random.NextDouble() * 0.8)), 2);
                yield return [Guid.CreateVersion7(), patientId, analyte, value, unit, low, high, today.AddDays(-_random.Next(0, 600)), 0];
            }
        }
    }
}
