using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>Tissue the mesenchymal stem cells were derived from.</summary>
public enum MscSource
{
    BoneMarrow,
    UmbilicalCord,
    Adipose,
    Other,
}

/// <summary>Whether the cells came from the patient or a donor.</summary>
public enum DonorType
{
    Allogeneic,
    Autologous,
}

/// <summary>How the cells were given.</summary>
public enum InfusionRoute
{
    Intravenous,
    IntraArterial,
    Other,
}

/// <summary>One mesenchymal stem cell infusion with its product characteristics.</summary>
public sealed class MscInfusion : PatientRecord
{
    public LocalDate InfusionDate { get; set; }

    public MscSource Source { get; set; }

    public DonorType DonorType { get; set; }

    /// <summary>Dose in cells per kilogram of body weight (for example 1e6).</summary>
    public decimal DoseCellsPerKg { get; set; }

    public decimal TotalCells { get; set; }

    public string Lot { get; set; } = "";

    public int Passage { get; set; }

    public decimal ViabilityPercent { get; set; }

    public InfusionRoute Route { get; set; }
}
