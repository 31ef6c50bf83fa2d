namespace Lupus.Interchange.Fhir;

/// <summary>The FHIR value type of a visit item.</summary>
internal enum VisitValueKind
{
    /// <summary>valueQuantity in one of the item's UCUM units.</summary>
    Quantity,

    /// <summary>valueQuantity whose value must be a whole number (blood pressure).</summary>
    WholeQuantity,

    /// <summary>valueInteger.</summary>
    Integer,

    /// <summary>valueBoolean.</summary>
    Boolean,

    /// <summary>valueString.</summary>
    Text,
}
