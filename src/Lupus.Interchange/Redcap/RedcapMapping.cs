using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// How a REDCap project maps onto the long-format tables (mapping.json): which field holds the record id and the
/// site, and for each table its instrument, event, whether it repeats, LupusTrials column to REDCap field, and
/// REDCap choice codes to LupusTrials values.
/// </summary>
public sealed class RedcapMapping
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    [JsonRequired]
    public string RecordId { get; init; } = "";

    public RedcapSiteMapping? Site { get; init; }

    [JsonRequired]
    public List<RedcapTableMapping> Tables { get; init; } = [];

    /// <summary>
    /// Unique event name to the event label a "labels" export writes in the event column, such as
    /// <c>"Baseline (Arm 1: Arm A)"</c>. Needed only to read such an export.
    /// </summary>
    public Dictionary<string, string> Events { get; init; } = [];

    /// <summary>Instrument name to the instrument label a "labels" export writes in the repeat-instrument column.</summary>
    public Dictionary<string, string> Instruments { get; init; } = [];

    /// <exception cref="JsonException">The text is not a mapping.</exception>
    public static RedcapMapping Parse(string json) => JsonSerializer.Deserialize<RedcapMapping>(json, Options)
        ?? throw new JsonException("the mapping is empty");
}
