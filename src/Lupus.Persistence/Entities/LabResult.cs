using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>The analytes the registry records.</summary>
public enum Analyte
{
    C3,
    C4,
    AntiDsDna,
    Proteinuria24h,
    Upcr,
    Creatinine,
    Bun,
    Albumin,
    Egfr,
    Haemoglobin,
    Wbc,
    Lymphocytes,
    Platelets,
    UrineSedimentRbc,
}

/// <summary>One laboratory value with its unit and the reporting lab's reference limits for that sample.</summary>
public sealed class LabResult : PatientRecord
{
    public Analyte Analyte { get; set; }

    public decimal Value { get; set; }

    /// <summary>UCUM-style unit, one of those allowed for the analyte.</summary>
    public string Unit { get; set; } = "";

    public decimal? LowerLimit { get; set; }

    public decimal? UpperLimit { get; set; }

    public LocalDate CollectionDate { get; set; }
}
