using System.Text.Json;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// Checks the <c>request</c> of a transaction or batch entry. Import is an upsert by natural key, so only requests
/// that create or update a resource (POST, PUT) are read; the request URL of a PUT (<c>Patient/123</c>) names the
/// resource for references as its fullUrl does.
/// </summary>
internal static class EntryRequest
{
    private static readonly string[] Methods = ["POST", "PUT"];

    public static bool Check(JsonElement entry, EntryContext context, out string? url)
    {
        url = null;
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
        {
            return context.Fail("request", "missing required element: a transaction or batch entry needs request.method and request.url");
        }

        var method = Text(request, "method");
        if (method is null)
        {
            return context.Fail("request.method", "missing required element");
        }

        if (!Methods.Contains(method, StringComparer.Ordinal))
        {
            return context.Fail("request.method", $"request method '{method}' is not imported: expected POST or PUT");
        }

        url = Text(request, "url");
        if (url is null)
        {
            return context.Fail("request.url", "missing required element");
        }

        // Only a PUT's "Type/id" names the resource; a POST URL is the type, a conditional URL a search.
        if (method != "PUT" || url.Contains('?', StringComparison.Ordinal) || url.Count(c => c == '/') != 1)
        {
            url = null;
        }

        return true;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
