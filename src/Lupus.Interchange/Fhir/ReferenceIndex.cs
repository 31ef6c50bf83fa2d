using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>Resolves literal references inside one bundle: by entry fullUrl (<c>urn:uuid:</c> in transactions), by <c>Type/id</c>, or by a PUT's request URL.</summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<string, BundleEntry> _byUrl = new(StringComparer.Ordinal);

    /// <summary>Indexes every entry except a reference target the parser refused (its own errors say why).</summary>
    public ReferenceIndex(IEnumerable<BundleEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.IsReferenceTarget && entry.Resource is null)
            {
                continue;
            }

            if (entry.FullUrl is { Length: > 0 } url)
            {
                _byUrl.TryAdd(url, entry);
            }

            if (entry.Id is { Length: > 0 } id)
            {
                _byUrl.TryAdd($"{entry.Type}/{id}", entry);
            }

            if (entry.RequestUrl is { Length: > 0 } request)
            {
                _byUrl.TryAdd(request, entry);
            }
        }
    }

    /// <summary>The entry a required reference points to, or null after recording why it cannot be followed.</summary>
    public BundleEntry? Resolve(ResourceReference? reference, string expectedType, EntryContext context, string field)
    {
        var target = reference?.Reference;
        if (string.IsNullOrEmpty(target))
        {
            context.Fail(field, $"missing required element: a reference to a {expectedType} in this bundle");
            return null;
        }

        if (!_byUrl.TryGetValue(target, out var entry))
        {
            context.Fail(field, $"unresolvable reference '{target}': no entry of this bundle has that fullUrl or Type/id");
            return null;
        }

        if (entry.Type != expectedType)
        {
            context.Fail(field, $"reference '{target}' points to a {entry.Type}, expected {expectedType}");
            return null;
        }

        return entry;
    }
}
