using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Mapping;

/// <summary>
/// Copies rows onto entities (import) and entities into rows (export), one pair per table, so that both
/// directions name the same fields. Applying a row to a tracked entity changes only the differing properties,
/// which is what the audit trail records.
/// </summary>
public static class RowMapper
{
    public static void Apply(PatientRow row, Patient entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Sex = row.Sex;
        entity.BirthDate = row.BirthDate;
        entity.Ethnicity = row.Ethnicity;
        entity.DiagnosisDate = row.DiagnosisDate;
        entity.ClassificationCriteria = row.ClassificationCriteria;
        entity.NephritisClass = row.NephritisClass;
        entity.ConsentDate = row.ConsentDate;
    }

    public static void Apply(PatientIdentityRow row, PatientIdentity entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.GivenName = row.GivenName;
        entity.FamilyName = row.FamilyName;
        entity.HospitalNumber = row.HospitalNumber;
        entity.Phone = row.Phone;
        entity.Email = row.Email;
    }

    public static void Apply(VisitRow row, Visit entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.VisitDate = row.VisitDate;
        entity.SledaiDescriptors = string.Join(' ', row.SledaiDescriptors);
        entity.ArthritisJointCount = row.ArthritisJointCount;
        entity.MaxTemperatureC = row.MaxTemperatureC;
        entity.UrineRbcPerHpf = row.UrineRbcPerHpf;
        entity.UrineWbcPerHpf = row.UrineWbcPerHpf;
        entity.ProteinuriaGPer24h = row.ProteinuriaGPer24h;
        entity.UpcrGPerG = row.UpcrGPerG;
        entity.C3GPerL = row.C3GPerL;
        entity.C3LowerLimitGPerL = row.C3LowerLimitGPerL;
        entity.C4GPerL = row.C4GPerL;
        entity.C4LowerLimitGPerL = row.C4LowerLimitGPerL;
        entity.AntiDsDnaIuPerMl = row.AntiDsDnaIuPerMl;
        entity.AntiDsDnaUpperLimitIuPerMl = row.AntiDsDnaUpperLimitIuPerMl;
        entity.Platelets10e9PerL = row.Platelets10e9PerL;
        entity.Wbc10e9PerL = row.Wbc10e9PerL;
        entity.SystolicBpMmHg = row.SystolicBpMmHg;
        entity.DiastolicBpMmHg = row.DiastolicBpMmHg;
        entity.CreatinineUmolPerL = row.CreatinineUmolPerL;
        entity.EgfrMlMin173m2 = row.EgfrMlMin173m2;
        entity.NephroticSyndrome = row.NephroticSyndrome;
        entity.ActiveUrinarySediment = row.ActiveUrinarySediment;
        entity.Pga = row.Pga;
        entity.PrednisoneMgPerDay = row.PrednisoneMgPerDay;
        entity.ConcomitantTreatments = row.ConcomitantTreatments;
    }

    /// <summary>Applies a lab row already converted to the analyte's canonical unit.</summary>
    public static void Apply(LabRow row, LabResult entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Analyte = row.Analyte;
        entity.CollectionDate = row.CollectionDate;
        entity.Value = row.Value;
        entity.Unit = row.Unit;
        entity.LowerLimit = row.LowerLimit;
        entity.UpperLimit = row.UpperLimit;
    }

    public static void Apply(InfusionRow row, MscInfusion entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.InfusionDate = row.InfusionDate;
        entity.Source = row.CellSource;
        entity.DonorType = row.DonorType;
        entity.DoseCellsPerKg = row.DoseCellsPerKg;
        entity.TotalCells = row.TotalCells;
        entity.Lot = row.Lot;
        entity.Passage = row.Passage;
        entity.ViabilityPercent = row.ViabilityPercent;
        entity.Route = row.Route;
    }

    public static void Apply(AdverseEventRow row, AdverseEvent entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Term = row.Term;
        entity.Grade = row.Grade;
        entity.Serious = row.Serious;
        entity.RelationToInfusion = row.RelationToInfusion;
        entity.OnsetDate = row.OnsetDate;
        entity.ResolutionDate = row.ResolutionDate;
    }

    public static void Apply(ImmunePanelRow row, ImmunePanel entity)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(entity);
        entity.SampleDate = row.SampleDate;
        entity.TregPercent = row.TregPercent;
        entity.Th1Percent = row.Th1Percent;
        entity.Th2Percent = row.Th2Percent;
        entity.Th17Percent = row.Th17Percent;
        entity.TfhPercent = row.TfhPercent;
        entity.BregPercent = row.BregPercent;
        entity.PlasmaCellPercent = row.PlasmaCellPercent;
        entity.Il10PgPerMl = row.Il10PgPerMl;
        entity.TnfAlphaPgPerMl = row.TnfAlphaPgPerMl;
        entity.IfnAlphaPgPerMl = row.IfnAlphaPgPerMl;
        entity.Il6PgPerMl = row.Il6PgPerMl;
    }
}
