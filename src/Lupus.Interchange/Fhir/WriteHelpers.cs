using Hl7.Fhir.Model;
using NodaTime;
using NodaTime.Text;

namespace Lupus.Interchange.Fhir;

/// <summary>Small builders shared by the resource writers.</summary>
internal static class WriteHelpers
{
    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static Date Date(LocalDate date) => new(Text(date));

    public static FhirDateTime DateTime(LocalDate date) => new(Text(date));

    public static CodeableConcept Concept(string system, string code, string? display = null) => new(system, code, display);

    public static ResourceReference Reference(string fullUrl) => new(fullUrl);
}
