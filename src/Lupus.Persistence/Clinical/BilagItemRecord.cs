using System.Text.Json;
using System.Text.Json.Serialization;
using Lupus.Domain.Instruments.Bilag;

namespace Lupus.Persistence.Clinical;

/// <summary>
/// The BILAG-2004 items of the 8 non-renal domains recorded at a visit, as stored in <c>Visit.BilagItems</c> (JSON).
/// The renal items are the visit's own columns.
/// </summary>
/// <remarks>
/// An item not recorded is absent (not done), never 0; a domain with no item recorded is not assessable. Keys are
/// the instrument's snake_case item keys; maps are sorted so that equal records store equal text (the audit trail
/// compares text).
/// </remarks>
public sealed record BilagItemRecord
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Item codes 0-4 (0 not present, 1 improving, 2 same, 3 worse, 4 new) by item key.</summary>
    public SortedDictionary<string, int> Codes { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Haematological value items (cytopenias due to lupus activity).</summary>
    public HaematologyValues Haematology { get; init; } = new();

    /// <summary>Domain involved at an earlier assessment (D versus E), by domain key; absent when taken from the previous visit.</summary>
    public SortedDictionary<string, bool> PreviousInvolvement { get; init; } = new(StringComparer.Ordinal);

    /// <summary>True when nothing is recorded.</summary>
    [JsonIgnore]
    public bool IsEmpty => Codes.Count == 0 && Haematology.PresentKeys().Count == 0 && PreviousInvolvement.Count == 0;

    /// <summary>Reads the stored text; null text is an empty record.</summary>
    public static BilagItemRecord Parse(string? json) =>
        string.IsNullOrEmpty(json) ? new BilagItemRecord() : JsonSerializer.Deserialize<BilagItemRecord>(json, Options) ?? new BilagItemRecord();

    /// <summary>The text to store; null when nothing is recorded.</summary>
    public string? ToStoredText() => IsEmpty ? null : JsonSerializer.Serialize(this, Options);

    /// <summary>The non-renal domains whose items this record may hold, in form order.</summary>
    public static IReadOnlyList<BilagDomain> Domains { get; } =
        [.. Enum.GetValues<BilagDomain>().Where(d => d != BilagDomain.Renal)];

    /// <summary>The domain an item key belongs to; false for a key of no non-renal domain.</summary>
    public static bool TryDomainOf(string itemKey, out BilagDomain domain)
    {
        foreach (var d in Domains)
        {
            if (BilagItems.Of(d).Any(i => string.Equals(i.Key, itemKey, StringComparison.Ordinal)))
            {
                domain = d;
                return true;
            }
        }

        domain = default;
        return false;
    }

    /// <summary>The instrument input of one domain: its recorded items only.</summary>
    public BilagDomainInput InputFor(BilagDomain domain, bool? previousInvolvement) => new()
    {
        Domain = domain,
        Items = BilagItems.Of(domain).Where(i => Codes.ContainsKey(i.Key)).ToDictionary(i => i.Key, i => Codes[i.Key], StringComparer.Ordinal),
        Haematology = domain == BilagDomain.Haematological ? Haematology : new HaematologyValues(),
        PreviousInvolvement = PreviousInvolvement.TryGetValue(BilagGrades.Key(domain), out var given) ? given : previousInvolvement,
    };
}
