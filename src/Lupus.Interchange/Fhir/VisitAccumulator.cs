using Lupus.Interchange.Model;
using NodaTime;

namespace Lupus.Interchange.Fhir;

/// <summary>A visit being assembled from its Encounter and the visit-item Observations that reference it.</summary>
internal sealed class VisitAccumulator(SourceLocation source, PatientKey patient, LocalDate date)
{
    private readonly List<string> _descriptors = [];
    private readonly Dictionary<VisitField, object> _values = [];

    public PatientKey Patient => patient;

    public bool AddDescriptor(string key) => !_descriptors.Contains(key, StringComparer.Ordinal) && Add(_descriptors, key);

    public bool Set(VisitField field, object value) => _values.TryAdd(field, value);

    public VisitRow Build() => new(
        source, patient, date, _descriptors.ToArray(),
        (int?)Number(VisitField.ArthritisJointCount),
        Number(VisitField.MaxTemperatureC),
        Number(VisitField.UrineRbcPerHpf),
        Number(VisitField.UrineWbcPerHpf),
        Number(VisitField.ProteinuriaGPer24h),
        Number(VisitField.UpcrGPerG),
        Number(VisitField.C3GPerL),
        Number(VisitField.C3LowerLimitGPerL),
        Number(VisitField.C4GPerL),
        Number(VisitField.C4LowerLimitGPerL),
        Number(VisitField.AntiDsDnaIuPerMl),
        Number(VisitField.AntiDsDnaUpperLimitIuPerMl),
        Number(VisitField.Platelets10e9PerL),
        Number(VisitField.Wbc10e9PerL),
        (int?)Number(VisitField.SystolicBpMmHg),
        (int?)Number(VisitField.DiastolicBpMmHg),
        Number(VisitField.CreatinineUmolPerL),
        Number(VisitField.EgfrMlMin173m2),
        _values.TryGetValue(VisitField.NephroticSyndrome, out var n) ? (bool)n : null,
        _values.TryGetValue(VisitField.ActiveUrinarySediment, out var a) ? (bool)a : null,
        Number(VisitField.Pga),
        Number(VisitField.PrednisoneMgPerDay),
        _values.TryGetValue(VisitField.ConcomitantTreatments, out var t) ? (string)t : "");

    private decimal? Number(VisitField field) => _values.TryGetValue(field, out var value) ? (decimal)value : null;

    private static bool Add(List<string> list, string key)
    {
        list.Add(key);
        return true;
    }
}
