using Lupus.Application.Demo;
using Lupus.Application.Endpoints;
using Lupus.Persistence.Entities;

namespace Lupus.Application.Tests.Demo;

/// <summary>The demo's records grouped per patient, as the database would return them.</summary>
internal static class DemoData
{
    public static List<PatientData> Patients(TrialDemo demo)
    {
        var records = demo.Records;
        List<T> Of<T>(Patient p, Func<T, Guid> owner) => [.. records.OfType<T>().Where(r => owner(r) == p.Id)];
        return [.. records.OfType<Patient>().Select(p => new PatientData(
            p,
            [.. Of<Visit>(p, v => v.PatientId).OrderBy(v => v.VisitDate)],
            Of<MscInfusion>(p, i => i.PatientId),
            Of<LabResult>(p, l => l.PatientId),
            Of<ImmunePanel>(p, i => i.PatientId),
            Of<AdverseEvent>(p, e => e.PatientId)))];
    }
}
