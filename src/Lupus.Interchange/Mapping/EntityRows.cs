using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Mapping;

/// <summary>Stored records as rows for export; the inverse of <see cref="RowMapper"/>.</summary>
public static class EntityRows
{
    public static PatientRow Patient(Patient p, string siteCode, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(p);
        var identity = p.Identity is { } i ? new PatientIdentityRow(i.GivenName, i.FamilyName, i.HospitalNumber, i.Phone, i.Email) : null;
        return new PatientRow(source, new PatientKey(siteCode, p.StudyId), p.Sex, p.BirthDate, p.Ethnicity, p.DiagnosisDate,
            p.ClassificationCriteria, p.NephritisClass, p.ConsentDate, identity);
    }

    public static VisitRow Visit(Visit v, PatientKey key, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new VisitRow(source, key, v.VisitDate, v.SledaiDescriptors.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            v.ArthritisJointCount, v.MaxTemperatureC, v.UrineRbcPerHpf, v.UrineWbcPerHpf, v.ProteinuriaGPer24h, v.UpcrGPerG, v.C3GPerL,
            v.C3LowerLimitGPerL, v.C4GPerL, v.C4LowerLimitGPerL, v.AntiDsDnaIuPerMl, v.AntiDsDnaUpperLimitIuPerMl, v.Platelets10e9PerL,
            v.Wbc10e9PerL, v.SystolicBpMmHg, v.DiastolicBpMmHg, v.CreatinineUmolPerL, v.EgfrMlMin173m2, v.NephroticSyndrome,
            v.ActiveUrinarySediment, v.Pga, v.PrednisoneMgPerDay, v.ConcomitantTreatments);
    }

    public static LabRow Lab(LabResult l, PatientKey key, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new LabRow(source, key, l.Analyte, l.CollectionDate, l.Value, l.Unit, l.LowerLimit, l.UpperLimit);
    }

    public static InfusionRow Infusion(MscInfusion m, PatientKey key, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new InfusionRow(source, key, m.InfusionDate, m.Source, m.DonorType, m.DoseCellsPerKg, m.TotalCells, m.Lot, m.Passage,
            m.ViabilityPercent, m.Route);
    }

    public static AdverseEventRow AdverseEvent(AdverseEvent a, PatientKey key, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new AdverseEventRow(source, key, a.Term, a.Grade, a.Serious, a.RelationToInfusion, a.OnsetDate, a.ResolutionDate);
    }

    public static ImmunePanelRow ImmunePanel(ImmunePanel p, PatientKey key, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ImmunePanelRow(source, key, p.SampleDate, p.TregPercent, p.Th1Percent, p.Th2Percent, p.Th17Percent, p.TfhPercent,
            p.BregPercent, p.PlasmaCellPercent, p.Il10PgPerMl, p.TnfAlphaPgPerMl, p.IfnAlphaPgPerMl, p.Il6PgPerMl);
    }
}
