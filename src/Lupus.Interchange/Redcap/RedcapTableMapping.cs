namespace Lupus.Interchange.Redcap;

/// <summary>One long-format table filled from one REDCap instrument.</summary>
public sealed class RedcapTableMapping
{
    /// <summary>Table name without extension: patients, visits, labs, infusions, adverse_events, immune_panels.</summary>
    public string Table { get; init; } = "";

    public string Instrument { get; init; } = "";

    /// <summary>The unique event name the instrument is filled in (longitudinal projects); null reads any event.</summary>
    public string? Event { get; init; }

    /// <summary>A repeating instrument: its rows carry <c>redcap_repeat_instrument</c> and an instance number.</summary>
    public bool Repeating { get; init; }

    /// <summary>LupusTrials column to REDCap field.</summary>
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>For coded fields: LupusTrials column to (REDCap code to LupusTrials value).</summary>
    public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];
}
