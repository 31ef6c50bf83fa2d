using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>A bundle entry whose resource the FHIR parser accepted.</summary>
internal sealed record ParsedEntry(int Index, string? FullUrl, Resource Resource, EntryContext Context);
