using Hl7.Fhir.Model;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary><see cref="VisitRow"/> -> an Encounter and one visit-item Observation per recorded field or present descriptor.</summary>
internal static class VisitWriter
{
    public static Encounter Encounter(VisitRow row, string patient) => new()
    {
        Status = Hl7.Fhir.Model.Encounter.EncounterStatus.Finished,
        Class = new Coding(FhirSystems.ActCode, "AMB", "ambulatory"),
        Subject = WriteHelpers.Reference(patient),
        Period = new Period { Start = WriteHelpers.Text(row.VisitDate) },
    };

    public static IEnumerable<Observation> Items(VisitRow row, string patient, string encounter)
    {
        foreach (var descriptor in row.SledaiDescriptors)
        {
            yield return Item(row, patient, encounter, WriteHelpers.Concept(FhirSystems.SledaiCodes, descriptor), new FhirBoolean(true));
        }

        foreach (var item in VisitItems.All)
        {
            var value = Value(row, item.Field);
            var low = item.LowerLimit is { } l ? (decimal?)Value(row, l) : null;
            var high = item.UpperLimit is { } h ? (decimal?)Value(row, h) : null;
            if (value is null && low is null && high is null)
            {
                continue;
            }

            var observation = Item(row, patient, encounter, WriteHelpers.Concept(item.System, item.Code, item.Display), Fhir(item, value));
            if (value is null)
            {
                observation.DataAbsentReason = WriteHelpers.Concept(FhirSystems.DataAbsentReason, "not-performed");
            }

            if (low is not null || high is not null)
            {
                observation.ReferenceRange.Add(new Observation.ReferenceRangeComponent
                {
                    Low = low is { } lo ? QuantityValues.Write(lo, item.Units[0]) : null,
                    High = high is { } hi ? QuantityValues.Write(hi, item.Units[0]) : null,
                });
            }

            yield return observation;
        }
    }

    private static Observation Item(VisitRow row, string patient, string encounter, CodeableConcept code, DataType? value)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = code,
            Subject = WriteHelpers.Reference(patient),
            Encounter = WriteHelpers.Reference(encounter),
            Effective = WriteHelpers.DateTime(row.VisitDate),
            Value = value,
        };
        observation.Category.Add(WriteHelpers.Concept(FhirSystems.ObservationCategory, FhirSystems.VisitItemCategory, "Visit item"));
        return observation;
    }

    private static DataType? Fhir(VisitItem item, object? value) => value switch
    {
        null => null,
        bool b => new FhirBoolean(b),
        string s => new FhirString(s),
        int n when item.Kind == VisitValueKind.Integer => new Integer(n),
        int n => QuantityValues.Write(n, item.Units[0]),
        decimal d => QuantityValues.Write(d, item.Units[0]),
        _ => throw new InvalidOperationException($"unexpected value for {item.Field}"),
    };

    /// <summary>The row's value of a field; an empty concomitant-treatment text counts as not recorded.</summary>
    private static object? Value(VisitRow row, VisitField field) => field switch
    {
        VisitField.ArthritisJointCount => row.ArthritisJointCount,
        VisitField.MaxTemperatureC => row.MaxTemperatureC,
        VisitField.UrineRbcPerHpf => row.UrineRbcPerHpf,
        VisitField.UrineWbcPerHpf => row.UrineWbcPerHpf,
        VisitField.ProteinuriaGPer24h => row.ProteinuriaGPer24h,
        VisitField.UpcrGPerG => row.UpcrGPerG,
        VisitField.C3GPerL => row.C3GPerL,
        VisitField.C3LowerLimitGPerL => row.C3LowerLimitGPerL,
        VisitField.C4GPerL => row.C4GPerL,
        VisitField.C4LowerLimitGPerL => row.C4LowerLimitGPerL,
        VisitField.AntiDsDnaIuPerMl => row.AntiDsDnaIuPerMl,
        VisitField.AntiDsDnaUpperLimitIuPerMl => row.AntiDsDnaUpperLimitIuPerMl,
        VisitField.Platelets10e9PerL => row.Platelets10e9PerL,
        VisitField.Wbc10e9PerL => row.Wbc10e9PerL,
        VisitField.SystolicBpMmHg => row.SystolicBpMmHg,
        VisitField.DiastolicBpMmHg => row.DiastolicBpMmHg,
        VisitField.CreatinineUmolPerL => row.CreatinineUmolPerL,
        VisitField.EgfrMlMin173m2 => row.EgfrMlMin173m2,
        VisitField.NephroticSyndrome => row.NephroticSyndrome,
        VisitField.ActiveUrinarySediment => row.ActiveUrinarySediment,
        VisitField.Pga => row.Pga,
        VisitField.PrednisoneMgPerDay => row.PrednisoneMgPerDay,
        VisitField.ConcomitantTreatments => row.ConcomitantTreatments.Length > 0 ? row.ConcomitantTreatments : null,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
