using Lupus.Persistence.Entities;
using Lupus.Persistence.Clinical;
using NodaTime;

namespace Lupus.Web.Demo;

/// <summary>A small synthetic MSC trial cohort, deterministic from a seed: 12 months of visits, labs and panels.</summary>
internal sealed class DemoCohort
{
    private static readonly int[] VisitMonths = [0, 1, 3, 6, 9, 12];
    private static readonly string[] GivenNames = ["Ana", "Maria", "Lucia", "Sofia", "Elena", "Carmen", "Laura", "Sara", "Paula", "Marta", "Ines", "Julia"];
    private static readonly string[] FamilyNames = ["Garcia", "Martin", "Lopez", "Silva", "Costa", "Moreau", "Weber", "Rossi", "Novak", "Larsen", "Haddad", "Okafor"];
    private static readonly string[] Ethnicities = ["White", "Hispanic", "Black", "East Asian", "South Asian"];

    private readonly Random _random;

    private DemoCohort(int seed) => _random = new Random(seed);

    public Site SiteA { get; } = new() { Id = new Guid("0b9f8a52-6f0e-4e52-9c1a-3f6d1a000001"), Code = "NUH", Name = "Northgate University Hospital" };

    public Site SiteB { get; } = new() { Id = new Guid("0b9f8a52-6f0e-4e52-9c1a-3f6d1a000002"), Code = "RLC", Name = "Riverside Lupus Centre" };

    public List<object> Records { get; } = [];

    public static DemoCohort Create(int seed)
    {
        var cohort = new DemoCohort(seed);
        for (var i = 0; i < 16; i++)
        {
            cohort.AddPatient(i < 8 ? cohort.SiteA : cohort.SiteB, (i % 8) + 1, i);
        }

        return cohort;
    }

    private void AddPatient(Site site, int number, int index)
    {
        var baseline = new LocalDate(2025, 1, 6).PlusDays(index * 9);
        var patient = new Patient
        {
            Id = Guid.CreateVersion7(),
            StudyId = $"{site.Code}-{number:000}",
            SiteId = site.Id,
            Sex = _random.Next(10) == 0 ? Sex.Male : Sex.Female,
            BirthDate = new LocalDate(1975 + _random.Next(27), 1 + _random.Next(12), 1 + _random.Next(28)),
            Ethnicity = Ethnicities[_random.Next(Ethnicities.Length)],
            DiagnosisDate = new LocalDate(2012 + _random.Next(11), 1 + _random.Next(12), 1 + _random.Next(28)),
            ClassificationCriteria = ClassificationCriteria.EularAcr2019,
            NephritisClass = (NephritisClass)(3 + _random.Next(3)),
            ConsentDate = baseline.PlusDays(-14),
            Identity = new PatientIdentity
            {
                GivenName = GivenNames[_random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[_random.Next(FamilyNames.Length)],
                HospitalNumber = $"H{_random.Next(100_000, 999_999)}",
                Phone = $"+44 20 7946 {_random.Next(1000, 9999)}",
            },
        };
        Records.Add(patient);

        // Responders' activity falls after the infusion; others improve little.
        var responder = _random.NextDouble() < 0.65;
        AddInfusion(patient, baseline);
        if (_random.Next(3) == 0)
        {
            AddInfusion(patient, baseline.PlusMonths(6));
        }

        Visit? previous = null;
        foreach (var month in VisitMonths)
        {
            var fraction = month / 12m;
            var activity = responder ? 1m - (0.8m * fraction) : 1m - (0.2m * fraction);
            previous = AddVisit(patient, baseline.PlusMonths(month), activity, previous);
            if (month is 0 or 3 or 6 or 12)
            {
                AddPanel(patient, baseline.PlusMonths(month), activity);
            }
        }

        AddEvents(patient, baseline);
    }

    private void AddInfusion(Patient patient, LocalDate date)
    {
        var weight = 55 + _random.Next(30);
        Records.Add(new MscInfusion
        {
            PatientId = patient.Id,
            InfusionDate = date,
            Source = MscSource.UmbilicalCord,
            DonorType = DonorType.Allogeneic,
            DoseCellsPerKg = 1_000_000m,
            TotalCells = 1_000_000m * weight,
            Lot = $"UC-{date.Year}-{_random.Next(100, 999)}",
            Passage = 3 + _random.Next(3),
            ViabilityPercent = 90 + _random.Next(9),
            Route = InfusionRoute.Intravenous,
        });
    }

    private Visit AddVisit(Patient patient, LocalDate date, decimal activity, Visit? previous)
    {
        var noise = (decimal)(_random.NextDouble() - 0.5) * 0.2m;
        var level = Math.Clamp(activity + noise, 0.05m, 1.2m);
        var descriptors = new List<string>();
        if (level > 0.6m) { descriptors.Add("rash"); }
        if (level > 0.8m) { descriptors.Add("alopecia"); }
        if (level > 0.9m) { descriptors.Add("mucosal_ulcers"); }

        var visit = new Visit
        {
            PatientId = patient.Id,
            VisitDate = date,
            SledaiDescriptors = string.Join(' ', descriptors),
            ArthritisJointCount = (int)Math.Round(level * 6m),
            MaxTemperatureC = 36.6m + Math.Round(level * 0.8m, 1),
            UrineRbcPerHpf = Math.Round(level * 12m),
            UrineWbcPerHpf = Math.Round(level * 4m),
            ProteinuriaGPer24h = Math.Round(0.2m + (level * 3m), 2),
            C3GPerL = Math.Round(1.1m - (level * 0.5m), 2),
            C3LowerLimitGPerL = 0.9m,
            C4GPerL = Math.Round(0.22m - (level * 0.12m), 2),
            C4LowerLimitGPerL = 0.1m,
            AntiDsDnaIuPerMl = Math.Round(30m + (level * 220m)),
            AntiDsDnaUpperLimitIuPerMl = 100m,
            Platelets10e9PerL = 140 + _random.Next(160),
            Wbc10e9PerL = Math.Round(3.2m + (decimal)_random.NextDouble() * 4m, 1),
            SystolicBpMmHg = 115 + (int)(level * 25m),
            DiastolicBpMmHg = 72 + (int)(level * 15m),
            CreatinineUmolPerL = Math.Round(70m + (level * 45m)),
            EgfrMlMin173m2 = Math.Round(105m - (level * 40m)),
            ActiveUrinarySediment = level > 0.5m,
            Pga = Math.Round(Math.Min(3m, level * 2.4m), 1),
            PrednisoneMgPerDay = Math.Max(5m, Math.Round(level * 30m / 2.5m) * 2.5m),
            ConcomitantTreatments = "hydroxychloroquine 200 mg bid\nmycophenolate mofetil 2 g/day",
        };
        VisitScorer.Apply(visit, previous, patient.NephritisClass);
        Records.Add(visit);
        AddLabs(patient, visit);
        return visit;
    }

    private void AddLabs(Patient patient, Visit visit)
    {
        void Lab(Analyte analyte, decimal? value, string unit, decimal? low, decimal? high) =>
            Records.Add(new LabResult
            {
                PatientId = patient.Id, Analyte = analyte, Value = value ?? 0, Unit = unit, LowerLimit = low, UpperLimit = high,
                CollectionDate = visit.VisitDate,
            });

        Lab(Analyte.C3, visit.C3GPerL, "g/L", 0.9m, 1.8m);
        Lab(Analyte.C4, visit.C4GPerL, "g/L", 0.1m, 0.4m);
        Lab(Analyte.AntiDsDna, visit.AntiDsDnaIuPerMl, "IU/mL", null, 100m);
        Lab(Analyte.Proteinuria24h, visit.ProteinuriaGPer24h, "g/24h", null, 0.15m);
        Lab(Analyte.Creatinine, visit.CreatinineUmolPerL, "umol/L", 45m, 90m);
        Lab(Analyte.Egfr, visit.EgfrMlMin173m2, "mL/min/1.73m2", 90m, null);
        Lab(Analyte.Albumin, Math.Round(42m - ((visit.ProteinuriaGPer24h ?? 0) * 3m)), "g/L", 35m, 50m);
        Lab(Analyte.Haemoglobin, Math.Round(11m + (decimal)_random.NextDouble() * 3m, 1), "g/dL", 12m, 16m);
        Lab(Analyte.Platelets, visit.Platelets10e9PerL, "10*9/L", 150m, 400m);
        Lab(Analyte.Wbc, visit.Wbc10e9PerL, "10*9/L", 4m, 11m);
    }

    private void AddPanel(Patient patient, LocalDate date, decimal activity) => Records.Add(new ImmunePanel
    {
        PatientId = patient.Id,
        SampleDate = date,
        TregPercent = Math.Round(3m + ((1.2m - activity) * 5m), 1),
        Th1Percent = Math.Round(18m + (activity * 6m), 1),
        Th2Percent = Math.Round(4m + ((decimal)_random.NextDouble() * 2m), 1),
        Th17Percent = Math.Round(1m + (activity * 2.5m), 1),
        TfhPercent = Math.Round(5m + (activity * 6m), 1),
        BregPercent = Math.Round(2m + ((1.2m - activity) * 3m), 1),
        PlasmaCellPercent = Math.Round(0.5m + (activity * 2m), 1),
        Il10PgPerMl = Math.Round(4m + ((1.2m - activity) * 8m), 1),
        TnfAlphaPgPerMl = Math.Round(6m + (activity * 10m), 1),
        IfnAlphaPgPerMl = Math.Round(2m + (activity * 20m), 1),
        Il6PgPerMl = Math.Round(2m + (activity * 8m), 1),
    });

    private void AddEvents(Patient patient, LocalDate baseline)
    {
        Records.Add(new AdverseEvent
        {
            PatientId = patient.Id, Term = "Infusion related reaction", Grade = 1, RelationToInfusion = InfusionRelation.Probable,
            OnsetDate = baseline, ResolutionDate = baseline.PlusDays(1),
        });
        if (_random.Next(2) == 0)
        {
            var onset = baseline.PlusDays(30 + _random.Next(250));
            var grade = 2 + _random.Next(2);
            Records.Add(new AdverseEvent
            {
                PatientId = patient.Id, Term = _random.Next(2) == 0 ? "Upper respiratory infection" : "Herpes zoster", Grade = grade,
                Serious = grade >= 3, RelationToInfusion = InfusionRelation.Unlikely, OnsetDate = onset,
                ResolutionDate = _random.Next(3) == 0 ? null : onset.PlusDays(10 + _random.Next(20)),
            });
        }
    }
}
