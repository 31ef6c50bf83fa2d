namespace Lupus.Interchange.Fhir;

/// <summary>
/// How one visit field travels as an Observation: code, value type, accepted UCUM units (the first is written), and the
/// fields filled from referenceRange.low / .high when the item carries a reference limit.
/// </summary>
internal sealed record VisitItem(
    VisitField Field,
    string System,
    string Code,
    string Display,
    VisitValueKind Kind,
    string[] Units,
    VisitField? LowerLimit = null,
    VisitField? UpperLimit = null);
