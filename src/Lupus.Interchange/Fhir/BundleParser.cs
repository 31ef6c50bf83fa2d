using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// Splits a Bundle (collection, searchset, transaction or batch) into entries and parses each resource with the
/// Firely deserializer, so that every problem is located at its entry. An entry the parser refuses is reported and
/// not mapped (its partial content is not trusted). Resources are parsed one at a time when they are read
/// (<see cref="Deserialize"/>), so that a large bundle's parsed resources need not all be alive at once.
/// </summary>
internal static class BundleParser
{
    private static readonly string[] Imported = ["Patient", "Observation", "Encounter", "Procedure", "AdverseEvent", "Organization"];

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    /// <summary>Checks the bundle and its entries; the caller disposes the result after the last <see cref="Deserialize"/>.</summary>
    public static BundleDocument Open(string file, byte[] json, List<InterchangeError> errors)
    {
        var bundle = new SourceLocation(file, "Bundle");

        // JsonDocument accepts invalid UTF-8 inside strings and throws only when the string is read: check it first.
        if (!Utf8.IsValid(json))
        {
            Utf8.ToUtf16(json, new char[json.Length], out var valid, out _, replaceInvalidSequences: false);
            errors.Add(new InterchangeError(bundle, $"invalid UTF-8 at byte {valid}"));
            return new BundleDocument(null, []);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            errors.Add(new InterchangeError(bundle, $"invalid JSON: {e.Message}"));
            return new BundleDocument(null, []);
        }

        return new BundleDocument(document, CheckBundle(file, document.RootElement, bundle, errors));
    }

    private static List<BundleEntry> CheckBundle(string file, JsonElement root, SourceLocation bundle, List<InterchangeError> errors)
    {
        var entries = new List<BundleEntry>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InterchangeError(bundle, "wrong JSON: a Bundle must be a JSON object"));
            return entries;
        }

        var type = StringProperty(root, "resourceType");
        if (type != "Bundle")
        {
            errors.Add(new InterchangeError(bundle.WithField("resourceType"), $"wrong resourceType '{type}': expected Bundle"));
            return entries;
        }

        var bundleType = StringProperty(root, "type");
        if (bundleType is null)
        {
            errors.Add(new InterchangeError(bundle.WithField("type"), "missing required element"));
        }
        else if (!BundleTypes.Read.Contains(bundleType, StringComparer.Ordinal))
        {
            errors.Add(new InterchangeError(bundle.WithField("type"), $"Bundle type '{bundleType}' is not imported: expected one of {string.Join(", ", BundleTypes.Read)}"));
            return entries;
        }

        var requests = BundleTypes.CarriesRequests(bundleType);

        if (!root.TryGetProperty("entry", out var array))
        {
            return entries;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new InterchangeError(bundle.WithField("entry"), "wrong JSON: entry must be an array"));
            return entries;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var context = new EntryContext(file, index, errors);
            if (CheckEntry(element, index, context, requests) is { } entry)
            {
                entries.Add(entry);
            }

            index++;
        }

        return entries;
    }

    private static BundleEntry? CheckEntry(JsonElement element, int index, EntryContext context, bool requests)
    {
        string? requestUrl = null;
        if (requests && !EntryRequest.Check(element, context, out requestUrl))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("resource", out var body) ||
            body.ValueKind != JsonValueKind.Object)
        {
            context.Fail("resource", "missing required element: each entry needs a resource object");
            return null;
        }

        var type = StringProperty(body, "resourceType");
        if (type is null || !Imported.Contains(type, StringComparer.Ordinal))
        {
            context.Fail("resourceType", $"wrong resourceType '{type}': expected one of {string.Join(", ", Imported)}");
            return null;
        }

        return new BundleEntry(index, type, StringProperty(element, "fullUrl"), StringProperty(body, "id"), requestUrl, context, body);
    }

    /// <summary>The entry's resource, or null after its parser errors were recorded at the entry.</summary>
    public static Resource? Deserialize(BundleEntry entry)
    {
        // The entry's own bytes inside the bundle, not a copy: re-serialising every resource cost as much as parsing it.
        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(entry.Body));
        if (Deserializer.TryDeserializeResource(ref reader, out var resource, out var issues))
        {
            return resource;
        }

        foreach (var issue in issues)
        {
            entry.Context.Fail(ElementPath(issue), Describe(issue));
        }

        return null;
    }

    /// <summary>Turns the parser's <c>Patient.name[0].given</c> or <c>$this.code</c> into <c>name[0].given</c>.</summary>
    private static string ElementPath(CodedException issue)
    {
        var path = (issue as ExtendedCodedException)?.InstancePath ?? "";
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? "" : path[(dot + 1)..];
    }

    private static string Describe(CodedException issue)
    {
        var message = (issue as ExtendedCodedException)?.BaseErrorMessage ?? issue.Message;
        return $"invalid FHIR ({issue.ErrorCode}): {message.TrimEnd('.')}";
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
