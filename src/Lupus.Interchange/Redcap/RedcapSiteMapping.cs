namespace Lupus.Interchange.Redcap;

/// <summary>The field naming a record's site (usually <c>redcap_data_access_group</c>) and its values' site codes.</summary>
public sealed class RedcapSiteMapping
{
    public string Field { get; init; } = "redcap_data_access_group";

    public Dictionary<string, string> Values { get; init; } = [];
}
