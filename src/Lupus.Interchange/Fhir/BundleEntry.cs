using System.Text.Json;
using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// A bundle entry whose request and resourceType passed the checks. <paramref name="Body"/> is the resource's JSON,
/// parsed when it is read; <paramref name="RequestUrl"/> is a transaction PUT's <c>Type/id</c>.
/// </summary>
internal sealed record BundleEntry(int Index, string Type, string? FullUrl, string? Id, string? RequestUrl, EntryContext Context, JsonElement Body)
{
    /// <summary>The parsed resource of a reference target (Patient, Encounter, Organization); null until parsed or when the parser refused it.</summary>
    public Resource? Resource { get; set; }

    /// <summary>Patients, Encounters and Organizations are what references point to: they are parsed first and kept.</summary>
    public bool IsReferenceTarget => Type is "Patient" or "Encounter" or "Organization";
}
