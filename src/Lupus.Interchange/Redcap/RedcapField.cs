namespace Lupus.Interchange.Redcap;

/// <summary>
/// A data dictionary field: name, instrument (form), type, and the codes and labels of radio, dropdown and checkbox
/// fields (<see cref="Labels"/>[i] is the label of <see cref="Codes"/>[i]), and the field label (the column header of a
/// "labels" export).
/// </summary>
public sealed record RedcapField(string Name, string Form, string Type, IReadOnlyList<string> Codes, IReadOnlyList<string> Labels, string Label = "")
{
    public bool IsCheckbox => Type == "checkbox";

    public bool IsYesNo => Type is "yesno" or "truefalse";

    /// <summary>The export column of one checkbox option: <c>field___code</c>.</summary>
    public string CheckboxColumn(string code) => $"{Name}___{code.ToLowerInvariant()}";
}
