using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Interchange.Model;

// The format-neutral rows every reader produces and every writer consumes: one record type per long-format table
// (docs/interchange.md). Values are as the source gave them (lab units included); conversion to canonical units and
// the natural-key upsert happen once, in the importer. Each row keeps its source location for error messages.

/// <summary>A patient, natural key site + study id; the identifying fields travel only in identified data sets.</summary>
public sealed record PatientRow(
    SourceLocation Source,
    PatientKey Key,
    Sex Sex,
    LocalDate BirthDate,
    string Ethnicity,
    LocalDate DiagnosisDate,
    ClassificationCriteria ClassificationCriteria,
    NephritisClass NephritisClass,
    LocalDate ConsentDate,
    PatientIdentityRow? Identity);

/// <summary>Names, contacts and hospital number; absent from de-identified data.</summary>
public sealed record PatientIdentityRow(string GivenName, string FamilyName, string HospitalNumber, string? Phone, string? Email);

/// <summary>A visit, natural key patient + visit date. Scores are not carried: they are recomputed on import.</summary>
public sealed record VisitRow(
    SourceLocation Source,
    PatientKey Patient,
    LocalDate VisitDate,
    IReadOnlyList<string> SledaiDescriptors,
    int? ArthritisJointCount,
    decimal? MaxTemperatureC,
    decimal? UrineRbcPerHpf,
    decimal? UrineWbcPerHpf,
    decimal? ProteinuriaGPer24h,
    decimal? UpcrGPerG,
    decimal? C3GPerL,
    decimal? C3LowerLimitGPerL,
    decimal? C4GPerL,
    decimal? C4LowerLimitGPerL,
    decimal? AntiDsDnaIuPerMl,
    decimal? AntiDsDnaUpperLimitIuPerMl,
    decimal? Platelets10e9PerL,
    decimal? Wbc10e9PerL,
    int? SystolicBpMmHg,
    int? DiastolicBpMmHg,
    decimal? CreatinineUmolPerL,
    decimal? EgfrMlMin173m2,
    bool? NephroticSyndrome,
    bool? ActiveUrinarySediment,
    decimal? Pga,
    decimal? PrednisoneMgPerDay,
    string ConcomitantTreatments);

/// <summary>A lab value in the unit the source reported, natural key patient + collection date + analyte.</summary>
public sealed record LabRow(
    SourceLocation Source,
    PatientKey Patient,
    Analyte Analyte,
    LocalDate CollectionDate,
    decimal Value,
    string Unit,
    decimal? LowerLimit,
    decimal? UpperLimit);

/// <summary>An MSC infusion, natural key patient + infusion date.</summary>
public sealed record InfusionRow(
    SourceLocation Source,
    PatientKey Patient,
    LocalDate InfusionDate,
    MscSource CellSource,
    DonorType DonorType,
    decimal DoseCellsPerKg,
    decimal TotalCells,
    string Lot,
    int Passage,
    decimal ViabilityPercent,
    InfusionRoute Route);

/// <summary>An adverse event, natural key patient + term + onset date.</summary>
public sealed record AdverseEventRow(
    SourceLocation Source,
    PatientKey Patient,
    string Term,
    int Grade,
    bool Serious,
    InfusionRelation RelationToInfusion,
    LocalDate OnsetDate,
    LocalDate? ResolutionDate);

/// <summary>An immune panel, natural key patient + sample date.</summary>
public sealed record ImmunePanelRow(
    SourceLocation Source,
    PatientKey Patient,
    LocalDate SampleDate,
    decimal? TregPercent,
    decimal? Th1Percent,
    decimal? Th2Percent,
    decimal? Th17Percent,
    decimal? TfhPercent,
    decimal? BregPercent,
    decimal? PlasmaCellPercent,
    decimal? Il10PgPerMl,
    decimal? TnfAlphaPgPerMl,
    decimal? IfnAlphaPgPerMl,
    decimal? Il6PgPerMl);
