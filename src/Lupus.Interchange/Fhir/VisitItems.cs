namespace Lupus.Interchange.Fhir;

/// <summary>The visit items: LOINC where a code exists, otherwise the local visit-item code system.</summary>
/// <remarks>Units are fixed by the visit field (the field name carries the unit), so only exact equivalents are accepted.</remarks>
internal static class VisitItems
{
    private const string Loinc = FhirSystems.Loinc;
    private const string Local = FhirSystems.VisitItemCodes;

    public static IReadOnlyList<VisitItem> All { get; } =
    [
        new(VisitField.ArthritisJointCount, Local, "arthritis-joint-count", "Number of joints with arthritis", VisitValueKind.Integer, []),
        new(VisitField.MaxTemperatureC, Loinc, "8310-5", "Body temperature", VisitValueKind.Quantity, ["Cel"]),
        new(VisitField.UrineRbcPerHpf, Loinc, "13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field",
            VisitValueKind.Quantity, ["/[HPF]"]),
        new(VisitField.UrineWbcPerHpf, Loinc, "5821-4", "Leukocytes [#/area] in Urine sediment by Microscopy high power field",
            VisitValueKind.Quantity, ["/[HPF]"]),
        new(VisitField.ProteinuriaGPer24h, Loinc, "2889-4", "Protein [Mass/time] in 24 hour Urine", VisitValueKind.Quantity,
            ["g/(24.h)", "g/d"]),
        new(VisitField.UpcrGPerG, Loinc, "2890-2", "Protein/Creatinine [Mass Ratio] in Urine", VisitValueKind.Quantity, ["g/g"]),
        new(VisitField.C3GPerL, Loinc, "4485-9", "Complement C3 [Mass/volume] in Serum or Plasma", VisitValueKind.Quantity, ["g/L"],
            LowerLimit: VisitField.C3LowerLimitGPerL),
        new(VisitField.C4GPerL, Loinc, "4498-2", "Complement C4 [Mass/volume] in Serum or Plasma", VisitValueKind.Quantity, ["g/L"],
            LowerLimit: VisitField.C4LowerLimitGPerL),
        new(VisitField.AntiDsDnaIuPerMl, Loinc, "5130-0", "DNA double strand Ab [Units/volume] in Serum", VisitValueKind.Quantity,
            ["[IU]/mL"], UpperLimit: VisitField.AntiDsDnaUpperLimitIuPerMl),
        new(VisitField.Platelets10e9PerL, Loinc, "777-3", "Platelets [#/volume] in Blood by Automated count", VisitValueKind.Quantity,
            ["10*9/L", "10*3/uL"]),
        new(VisitField.Wbc10e9PerL, Loinc, "6690-2", "Leukocytes [#/volume] in Blood by Automated count", VisitValueKind.Quantity,
            ["10*9/L", "10*3/uL"]),
        new(VisitField.SystolicBpMmHg, Loinc, "8480-6", "Systolic blood pressure", VisitValueKind.WholeQuantity, ["mm[Hg]"]),
        new(VisitField.DiastolicBpMmHg, Loinc, "8462-4", "Diastolic blood pressure", VisitValueKind.WholeQuantity, ["mm[Hg]"]),
        new(VisitField.CreatinineUmolPerL, Loinc, "14682-9", "Creatinine [Moles/volume] in Serum or Plasma", VisitValueKind.Quantity,
            ["umol/L"]),
        new(VisitField.EgfrMlMin173m2, Loinc, "62238-1", "Glomerular filtration rate/1.73 sq M.predicted (CKD-EPI)",
            VisitValueKind.Quantity, ["mL/min/{1.73_m2}"]),
        new(VisitField.NephroticSyndrome, Local, "nephrotic-syndrome", "Nephrotic syndrome present", VisitValueKind.Boolean, []),
        new(VisitField.ActiveUrinarySediment, Local, "active-urinary-sediment", "Active urinary sediment", VisitValueKind.Boolean, []),
        new(VisitField.Pga, Local, "pga", "Physician global assessment (0-3)", VisitValueKind.Quantity, ["{score}"]),
        new(VisitField.PrednisoneMgPerDay, Local, "prednisone-dose", "Prednisone-equivalent daily dose", VisitValueKind.Quantity,
            ["mg/d"]),
        new(VisitField.ConcomitantTreatments, Local, "concomitant-treatments", "Concomitant treatments", VisitValueKind.Text, []),
    ];

    public static VisitItem? Find(string? system, string? code) => All.FirstOrDefault(i => i.System == system && i.Code == code);
}
