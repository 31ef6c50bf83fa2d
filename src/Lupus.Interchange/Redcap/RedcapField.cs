namespace Lupus.Interchange.Redcap;

/// <summary>A data dictionary field: name, instrument (form), type, and the codes of radio, dropdown and checkbox fields.</summary>
public sealed record RedcapField(string Name, string Form, string Type, IReadOnlyList<string> Codes)
{
    public bool IsCheckbox => Type == "checkbox";

    public bool IsYesNo => Type is "yesno" or "truefalse";

    /// <summary>The export column of one checkbox option: <c>field___code</c>.</summary>
    public string CheckboxColumn(string code) => $"{Name}___{code.ToLowerInvariant()}";
}
