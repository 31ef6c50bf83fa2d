using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// One LOINC code for a lab analyte with one unit it may carry: the UCUM code and its catalogue spelling.
/// <see cref="Primary"/> rows are the ones the writer uses for an analyte and unit.
/// </summary>
internal sealed record LabCode(string Loinc, string Display, Analyte Analyte, string Ucum, string CatalogUnit, bool Primary = true);
