namespace Lupus.Interchange.Fhir;

/// <summary>The visit fields carried by visit-item Observations (SLEDAI-2K descriptors travel separately).</summary>
internal enum VisitField
{
    ArthritisJointCount,
    MaxTemperatureC,
    UrineRbcPerHpf,
    UrineWbcPerHpf,
    ProteinuriaGPer24h,
    UpcrGPerG,
    C3GPerL,
    C3LowerLimitGPerL,
    C4GPerL,
    C4LowerLimitGPerL,
    AntiDsDnaIuPerMl,
    AntiDsDnaUpperLimitIuPerMl,
    Platelets10e9PerL,
    Wbc10e9PerL,
    SystolicBpMmHg,
    DiastolicBpMmHg,
    CreatinineUmolPerL,
    EgfrMlMin173m2,
    NephroticSyndrome,
    ActiveUrinarySediment,
    Pga,
    PrednisoneMgPerDay,
    ConcomitantTreatments,
}
