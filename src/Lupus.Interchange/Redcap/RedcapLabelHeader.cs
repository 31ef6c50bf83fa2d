using System.Text.RegularExpressions;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// The header row of a REDCap records export, which in a "CSV (labels)" download holds field labels instead of variable
/// names: the record id column is headed by the record id field's label (or "Record ID"), the built-in columns by
/// "Event Name", "Repeat Instrument" and so on, a checkbox option by "Field Label (choice=Choice Label)", and each
/// instrument's status by "Complete?". <see cref="Rename"/> turns such a header into variable names through the data
/// dictionary; a header of variable names is left as it is.
/// </summary>
internal sealed partial class RedcapLabelHeader(string file, RedcapMapping mapping, RedcapMetadata dictionary, List<InterchangeError> errors)
{
    private const string RecordIdHeader = "Record ID";
    private const string CompleteHeader = "Complete?";

    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["Event Name"] = RedcapReader.EventColumn,
        ["Repeat Instrument"] = RedcapReader.RepeatInstrumentColumn,
        ["Repeat Instance"] = RedcapReader.RepeatInstanceColumn,
        ["Data Access Group"] = "redcap_data_access_group",
        ["Survey Identifier"] = "redcap_survey_identifier",
    };

    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);

    /// <summary>True once <see cref="Rename"/> has read a header of labels.</summary>
    public bool IsLabelForm { get; private set; }

    /// <summary>The header a column had in the file: its label in a labels export, else its name.</summary>
    public string HeaderOf(string name) => _headers.GetValueOrDefault(name, name);

    /// <summary>The variable name of each column, or null after recording every header that cannot be mapped.</summary>
    public string[]? Rename(string[] header)
    {
        var recordId = dictionary.Find(mapping.RecordId);
        IsLabelForm = header.Length > 0 && !header.Contains(mapping.RecordId, StringComparer.Ordinal) &&
            (header[0] == RecordIdHeader || (recordId is { Label.Length: > 0 } && header[0] == recordId.Label));
        if (!IsLabelForm)
        {
            return header;
        }

        var byLabel = dictionary.Fields.Where(f => f.Label.Length > 0 && f.Type != "descriptive")
            .ToLookup(f => f.Label, StringComparer.Ordinal);
        var names = new string[header.Length];
        var ok = true;
        string? form = null;
        for (var i = 0; i < header.Length; i++)
        {
            var name = i == 0 ? mapping.RecordId : Name(header[i], byLabel, form);
            if (name is null)
            {
                ok = false;
                continue;
            }

            names[i] = name;
            _headers.TryAdd(name, header[i]);
            form = dictionary.Find(name.Split("___")[0])?.Form ?? form;
        }

        return ok ? names : null;
    }

    private string? Name(string header, ILookup<string, RedcapField> byLabel, string? form)
    {
        if (BuiltIn.TryGetValue(header, out var builtIn))
        {
            return builtIn;
        }

        // Every instrument's status column is headed "Complete?"; REDCap writes it after the instrument's fields.
        if (header == CompleteHeader)
        {
            return form is null ? Fail(header, "a 'Complete?' column before any field: its instrument cannot be told") : form + "_complete";
        }

        var fields = byLabel[header].Where(f => !f.IsCheckbox).ToList();
        if (fields.Count == 0 && CheckboxHeader().Match(header) is { Success: true } option)
        {
            return Checkbox(header, byLabel[option.Groups["label"].Value].Where(f => f.IsCheckbox).ToList(), option.Groups["choice"].Value);
        }

        return fields.Count switch
        {
            1 => fields[0].Name,
            0 => Fail(header, "unknown header: no field of the data dictionary has this label"),
            _ => Ambiguous(header, fields),
        };
    }

    private string? Checkbox(string header, List<RedcapField> fields, string choice)
    {
        if (fields.Count != 1)
        {
            return fields.Count == 0
                ? Fail(header, "unknown header: no checkbox field of the data dictionary has this label")
                : Ambiguous(header, fields);
        }

        var field = fields[0];
        var matches = Enumerable.Range(0, field.Labels.Count).Where(i => field.Labels[i] == choice).ToList();
        return matches.Count == 1
            ? field.CheckboxColumn(field.Codes[matches[0]])
            : Fail(header, matches.Count == 0
                ? $"unknown header: checkbox field '{field.Name}' has no choice labelled '{choice}'"
                : $"ambiguous header: checkbox field '{field.Name}' has {matches.Count} choices labelled '{choice}'");
    }

    private string? Ambiguous(string header, IEnumerable<RedcapField> fields) =>
        Fail(header, $"ambiguous header: fields {string.Join(", ", fields.Select(f => $"'{f.Name}'"))} have this label in the data dictionary");

    private string? Fail(string header, string rule)
    {
        errors.Add(new InterchangeError(new SourceLocation(file, "1", header), rule));
        return null;
    }

    /// <summary>"Field Label (choice=Choice Label)"; REDCap before version 6 quoted the choice label.</summary>
    [GeneratedRegex(@"^(?<label>.*) \(choice='?(?<choice>.*?)'?\)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CheckboxHeader();
}
