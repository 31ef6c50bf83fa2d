using NodaTime;

namespace Lupus.Persistence.Entities;

/// <summary>Investigator's judgement of the relation between an event and the MSC infusion.</summary>
public enum InfusionRelation
{
    Unrelated,
    Unlikely,
    Possible,
    Probable,
    Definite,
}

/// <summary>An adverse event graded with CTCAE v5 (grade 1-5).</summary>
public sealed class AdverseEvent : PatientRecord
{
    public string Term { get; set; } = "";

    public int Grade { get; set; }

    public bool Serious { get; set; }

    public InfusionRelation RelationToInfusion { get; set; }

    public LocalDate OnsetDate { get; set; }

    /// <summary>Null while the event is ongoing.</summary>
    public LocalDate? ResolutionDate { get; set; }
}
