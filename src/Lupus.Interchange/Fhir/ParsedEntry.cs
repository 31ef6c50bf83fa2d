using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>A bundle entry whose resource the FHIR parser accepted; <paramref name="RequestUrl"/> is a transaction PUT's <c>Type/id</c>.</summary>
internal sealed record ParsedEntry(int Index, string? FullUrl, Resource Resource, EntryContext Context, string? RequestUrl = null);
