using Lupus.Persistence.Clinical;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Application.Demo;

/// <summary>
/// Draws one synthetic patient: identity, MSC infusions on days 0 and 7, visits with correlated SLEDAI-2K items,
/// BILAG grades, complement, proteinuria, renal function and immune panels, and adverse events.
/// </summary>
/// <remarks>
/// One latent activity per visit, taken from the BILAG grades, drives every measure; each patient has their own
/// level (random effect) and every value its own noise, so the measures correlate without being copies.
/// </remarks>
internal sealed class DemoPatientFactory(Random random, List<object> records)
{
    private static readonly string[] GivenNames = ["Ana", "Maria", "Lucia", "Sofia", "Elena", "Carmen", "Laura", "Sara", "Paula", "Marta", "Ines", "Julia", "Mei", "Ling", "Aisha", "Nadia"];
    private static readonly string[] FamilyNames = ["Garcia", "Martin", "Lopez", "Silva", "Costa", "Moreau", "Weber", "Rossi", "Novak", "Larsen", "Haddad", "Okafor", "Chen", "Wang", "Li", "Zhang"];
    private static readonly string[] Ethnicities = ["East Asian", "East Asian", "East Asian", "White", "Hispanic", "Black", "South Asian"];
    private static readonly string[] PriorTreatments = ["cyclophosphamide", "mycophenolate mofetil 2 g/day", "azathioprine 100 mg/day", "tacrolimus 3 mg/day"];

    public static int TargetDay(int month) => Trials.Endpoints.TrialSchedule.TargetDay(month);

    public void Add(Site site, string studyId, string cohort, DemoCohortPlan plan, DemoRole role, LocalDate origin)
    {
        var patient = NewPatient(site, studyId, cohort, origin);
        records.Add(patient);
        Infusion(patient, origin, 1);
        Infusion(patient, origin.PlusDays(7), 2);

        var treatments = "hydroxychloroquine 200 mg bid\n" + PriorTreatments[random.Next(PriorTreatments.Length)];
        var level = random.Normal(1.0, 0.12);
        var baseline = DemoGrades.Baseline(random);
        Visit? previous = null;
        var lastDay = 0;
        for (var index = 0; index < plan.VisitMonths.Length; index++)
        {
            var day = index == 0 ? 0 : TargetDay(plan.VisitMonths[index]) + random.Next(-4, 5);
            if (role.DeathDay is { } death && day >= death)
            {
                break;
            }

            var grades = index == 0 ? baseline : DemoGrades.FollowUp(baseline, role, index, random);
            previous = AddVisit(patient, origin.PlusDays(day), grades, level, index, treatments, previous);
            if (index == 0 || plan.VisitMonths[index] is 1 or 3 or 6 or 12 or 24 or 36 or 48)
            {
                Panel(patient, origin.PlusDays(day), Activity(grades), level);
            }

            lastDay = day;
        }

        patient.DeathDate = role.DeathDay is { } d ? origin.PlusDays(d) : null;
        patient.LastContactDate = patient.DeathDate ?? origin.PlusDays(lastDay);
        new DemoEvents(random, records).Add(patient, origin, role.DeathDay, lastDay);
    }

    private Patient NewPatient(Site site, string studyId, string cohort, LocalDate origin)
    {
        var age = (int)Math.Clamp(Math.Round(random.Normal(30, 9)), 16, 62);
        var duration = Math.Clamp(Math.Round(Math.Exp(random.Normal(1.6, 0.7)), 1), 0.5, 25);
        return new Patient
        {
            Id = Guid.CreateVersion7(),
            StudyId = studyId,
            SiteId = site.Id,
            Sex = random.Next(10) == 0 ? Sex.Male : Sex.Female,
            BirthDate = origin.PlusYears(-age).PlusDays(-random.Next(365)),
            Ethnicity = Ethnicities[random.Next(Ethnicities.Length)],
            DiagnosisDate = origin.PlusDays(-(int)(duration * 365.25)),
            ClassificationCriteria = ClassificationCriteria.Acr1997,
            NephritisClass = random.NextDouble() < 0.85 ? (NephritisClass)(3 + random.Next(3)) : NephritisClass.II,
            ConsentDate = origin.PlusDays(-7 - random.Next(21)),
            Cohort = cohort,
            Identity = new PatientIdentity
            {
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
                HospitalNumber = $"H{random.Next(100_000, 999_999)}",
                Phone = $"+44 20 7946 {random.Next(1000, 9999)}",
            },
        };
    }

    private void Infusion(Patient patient, LocalDate date, int number)
    {
        var weight = Math.Round(random.Normal(56, 8));
        records.Add(new MscInfusion
        {
            PatientId = patient.Id,
            InfusionDate = date,
            Source = MscSource.UmbilicalCord,
            DonorType = DonorType.Allogeneic,
            DoseCellsPerKg = 1_000_000m,
            TotalCells = 1_000_000m * (decimal)weight,
            Lot = $"UC-{date.Year}-{number}{random.Next(10, 99)}",
            Passage = 3 + random.Next(3),
            ViabilityPercent = 90 + random.Next(9),
            Route = InfusionRoute.Intravenous,
        });
    }

    /// <summary>Latent activity 0-1 from the grades: the renal grade dominates, as in these nephritis cohorts.</summary>
    private static double Activity(char[] grades)
    {
        static double Weight(char g) => g switch { 'A' => 1.0, 'B' => 0.55, 'C' => 0.2, 'D' => 0.05, _ => 0 };
        var other = grades.Select((g, d) => d == DemoGrades.Renal ? 0 : Weight(g)).Sum();
        return Math.Min(1.0, (0.6 * Weight(grades[DemoGrades.Renal])) + (0.25 * other));
    }

    private Visit AddVisit(Patient patient, LocalDate date, char[] grades, double level, int index, string treatments, Visit? previous)
    {
        var a = Activity(grades) * level;
        var renal = grades[DemoGrades.Renal] switch { 'A' => 1.0, 'B' => 0.55, 'C' => 0.25, _ => 0.08 };
        var proteinuria = Math.Max(0.05, (0.1 + (3.4 * Math.Pow(renal, 1.6))) * level * Math.Exp(random.Normal(0, 0.18)));
        var creatinine = Math.Max(40, 68 * (1 + (0.45 * renal)) * Math.Exp(random.Normal(0, 0.08)));
        var descriptors = new List<string>();
        if (grades[DemoGrades.Mucocutaneous] is 'A' or 'B') { descriptors.Add("rash"); }
        if (grades[DemoGrades.Mucocutaneous] == 'B' && random.NextDouble() < 0.4) { descriptors.Add("alopecia"); }
        if (grades[DemoGrades.Renal] == 'A' && random.NextDouble() < 0.4) { descriptors.Add("urinary_casts"); }

        var visit = new Visit
        {
            PatientId = patient.Id,
            VisitDate = date,
            SledaiDescriptors = string.Join(' ', descriptors),
            BilagGrades = new string(grades),
            ArthritisJointCount = grades[DemoGrades.Musculoskeletal] == 'B' ? 2 + random.Next(4) : 0,
            MaxTemperatureC = Dec(36.6 + (a * 1.2) + random.Normal(0, 0.2), 1),
            UrineRbcPerHpf = Dec(Math.Max(0, (renal * 18) + random.Normal(0, 2)), 0),
            UrineWbcPerHpf = Dec(Math.Max(0, (renal * 9) + random.Normal(0, 1.5)), 0),
            ProteinuriaGPer24h = Dec(proteinuria, 2),
            C3GPerL = Dec(Math.Max(0.18, 1.12 - (0.6 * a) + random.Normal(0, 0.07)), 2),
            C3LowerLimitGPerL = 0.9m,
            C4GPerL = Dec(Math.Max(0.02, 0.25 - (0.15 * a) + random.Normal(0, 0.025)), 3),
            C4LowerLimitGPerL = 0.1m,
            AntiDsDnaIuPerMl = Dec(Math.Max(5, (40 + (320 * a)) * Math.Exp(random.Normal(0, 0.25))), 0),
            AntiDsDnaUpperLimitIuPerMl = 100m,
            Platelets10e9PerL = Dec(grades[DemoGrades.Haematological] == 'B' ? 60 + random.Next(35) : 150 + random.Next(150), 0),
            Wbc10e9PerL = Dec(Math.Max(2.0, 6.0 - (2.5 * a) + random.Normal(0, 0.6)), 1),
            SystolicBpMmHg = (int)Math.Round(118 + (22 * renal) + random.Normal(0, 6)),
            DiastolicBpMmHg = (int)Math.Round(74 + (12 * renal) + random.Normal(0, 4)),
            CreatinineUmolPerL = Dec(creatinine, 0),
            EgfrMlMin173m2 = Dec(Math.Clamp(118 * Math.Pow(creatinine / 68, -1.05), 10, 140), 0),
            NephroticSyndrome = proteinuria > 3.5,
            ActiveUrinarySediment = renal >= 0.55,
            Pga = Dec(Math.Clamp(0.15 + (2.3 * a) + random.Normal(0, 0.12), 0, 3), 1),
            PrednisoneMgPerDay = index == 0 ? 30m : Math.Max(5m, Math.Round((decimal)(5 + (30 * a)) / 2.5m) * 2.5m),
            ConcomitantTreatments = treatments,
        };
        VisitScorer.Apply(visit, previous, patient.NephritisClass);
        records.Add(visit);
        new DemoLabs(random, records).Add(visit, proteinuria, renal);
        return visit;
    }

    private void Panel(Patient patient, LocalDate date, double activity, double level)
    {
        var a = activity * level;
        var treg = Math.Max(0.5, 3.0 + (4.0 * (1 - a)) + random.Normal(0, 0.6));
        var th17 = Math.Max(0.2, 0.9 + (2.6 * a) + random.Normal(0, 0.35));
        records.Add(new ImmunePanel
        {
            PatientId = patient.Id,
            SampleDate = date,
            TregPercent = Dec(treg, 2),
            Th1Percent = Dec(18 + (6 * a) + random.Normal(0, 1.5), 1),
            Th2Percent = Dec(4 + random.Normal(0, 0.6), 1),
            Th17Percent = Dec(th17, 2),
            TfhPercent = Dec(5 + (6 * a) + random.Normal(0, 1), 1),
            BregPercent = Dec(2 + (3 * (1 - a)) + random.Normal(0, 0.5), 1),
            PlasmaCellPercent = Dec(Math.Max(0.1, 0.5 + (2 * a) + random.Normal(0, 0.3)), 1),
            Il10PgPerMl = Dec(Math.Max(0.5, 4 + (9 * (1 - a)) + random.Normal(0, 1.2)), 1),
            TnfAlphaPgPerMl = Dec(Math.Max(0.5, 6 + (12 * a) + random.Normal(0, 1.5)), 1),
            IfnAlphaPgPerMl = Dec(Math.Max(0.5, 2 + (20 * a) + random.Normal(0, 2.5)), 1),
            Il6PgPerMl = Dec(Math.Max(0.3, 2 + (8 * a) + random.Normal(0, 1)), 1),
        });
    }

    private static decimal Dec(double value, int digits) => DemoRandom.Round(value, digits);
}
