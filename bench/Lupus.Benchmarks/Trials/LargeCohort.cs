using Lupus.Application.Demo;
using Lupus.Application.Endpoints;
using Lupus.Persistence.Entities;

namespace Lupus.Benchmarks.Trials;

/// <summary>
/// A large registry in memory: the demo's 127 patients copied under new ids until the target size, each visit
/// recorded twice (on its day and two days later) so a patient has about 20 visits.
/// </summary>
internal static class LargeCohort
{
    public static List<PatientData> Create(int patients, int seed = 1)
    {
        var template = Group(TrialDemo.Create(seed));
        var result = new List<PatientData>(patients);
        for (var i = 0; i < patients; i++)
        {
            var t = template[i % template.Count];
            var id = Guid.CreateVersion7();
            var patient = new Patient
            {
                Id = id, StudyId = $"P{i:000000}", SiteId = t.Patient.SiteId, Sex = t.Patient.Sex, BirthDate = t.Patient.BirthDate,
                DiagnosisDate = t.Patient.DiagnosisDate, NephritisClass = t.Patient.NephritisClass, ConsentDate = t.Patient.ConsentDate,
                Cohort = t.Patient.Cohort, DeathDate = t.Patient.DeathDate, LastContactDate = t.Patient.LastContactDate,
            };
            var visits = t.Visits.SelectMany(v => new[] { Copy(v, id, 0), Copy(v, id, 2) }).ToList();
            result.Add(new PatientData(patient, visits, t.Infusions, t.Labs, t.Panels, t.Events));
        }

        return result;
    }

    private static Visit Copy(Visit v, Guid patient, int days) => new()
    {
        Id = Guid.CreateVersion7(), PatientId = patient, VisitDate = v.VisitDate.PlusDays(days), SledaiDescriptors = v.SledaiDescriptors,
        BilagGrades = v.BilagGrades, ArthritisJointCount = v.ArthritisJointCount, MaxTemperatureC = v.MaxTemperatureC,
        UrineRbcPerHpf = v.UrineRbcPerHpf, UrineWbcPerHpf = v.UrineWbcPerHpf, ProteinuriaGPer24h = v.ProteinuriaGPer24h,
        C3GPerL = v.C3GPerL, C3LowerLimitGPerL = v.C3LowerLimitGPerL, C4GPerL = v.C4GPerL, C4LowerLimitGPerL = v.C4LowerLimitGPerL,
        AntiDsDnaIuPerMl = v.AntiDsDnaIuPerMl, AntiDsDnaUpperLimitIuPerMl = v.AntiDsDnaUpperLimitIuPerMl, Platelets10e9PerL = v.Platelets10e9PerL,
        Wbc10e9PerL = v.Wbc10e9PerL, CreatinineUmolPerL = v.CreatinineUmolPerL, EgfrMlMin173m2 = v.EgfrMlMin173m2, Pga = v.Pga,
        PrednisoneMgPerDay = v.PrednisoneMgPerDay, ConcomitantTreatments = v.ConcomitantTreatments, Sledai2k = v.Sledai2k,
    };

    private static List<PatientData> Group(TrialDemo demo)
    {
        var records = demo.Records;
        var visits = records.OfType<Visit>().ToLookup(v => v.PatientId);
        var infusions = records.OfType<MscInfusion>().ToLookup(v => v.PatientId);
        var labs = records.OfType<LabResult>().ToLookup(v => v.PatientId);
        var panels = records.OfType<ImmunePanel>().ToLookup(v => v.PatientId);
        var events = records.OfType<AdverseEvent>().ToLookup(v => v.PatientId);
        return [.. records.OfType<Patient>().Select(p => new PatientData(
            p, [.. visits[p.Id].OrderBy(v => v.VisitDate)], [.. infusions[p.Id]], [.. labs[p.Id]], [.. panels[p.Id]], [.. events[p.Id]]))];
    }
}
