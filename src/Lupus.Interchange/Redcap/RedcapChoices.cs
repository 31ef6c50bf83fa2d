namespace Lupus.Interchange.Redcap;

/// <summary>
/// Reads a coded cell exported either as raw codes or as labels (REDCap's "labels" export), deciding per value from
/// the field's choices in the data dictionary. A value that is one choice's code and another choice's label, or the
/// label of two choices, is ambiguous and refused rather than guessed.
/// </summary>
internal static class RedcapChoices
{
    /// <summary>The choice code of a radio or dropdown cell, or the rule it breaks.</summary>
    public static (string? Code, string? Error) Code(RedcapField field, string text)
    {
        var isCode = field.Codes.Contains(text, StringComparer.Ordinal);
        var byLabel = LabelCodes(field, text);
        if (isCode)
        {
            return byLabel.Any(c => c != text)
                ? (null, $"'{text}' is ambiguous: the code of one choice and the label of choice {string.Join(", ", byLabel)}")
                : (text, null);
        }

        return byLabel.Count switch
        {
            1 => (byLabel[0], null),
            0 => (text, null),
            _ => (null, $"'{text}' is ambiguous: the label of choices {string.Join(", ", byLabel)}"),
        };
    }

    /// <summary>A yes/no or true/false cell as 1 or 0: raw codes, or the labels Yes/No and True/False.</summary>
    public static string YesNo(string text) => text.ToUpperInvariant() switch
    {
        "1" or "YES" or "TRUE" => "1",
        "0" or "NO" or "FALSE" => "0",
        _ => text,
    };

    /// <summary>
    /// Whether a checkbox option is ticked: 1/0 (raw), Checked/Unchecked (labels), or the option's label/empty
    /// (labels with checkbox labels); null when the cell is none of these.
    /// </summary>
    public static bool? Ticked(RedcapField field, string code, string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text == "0" || text.Equals("Unchecked", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text == "1" || text.Equals("Checked", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var index = IndexOf(field.Codes, code);
        return index >= 0 && field.Labels[index] == text ? true : null;
    }

    private static List<string> LabelCodes(RedcapField field, string text)
    {
        var codes = new List<string>();
        for (var i = 0; i < field.Labels.Count; i++)
        {
            if (string.Equals(field.Labels[i], text, StringComparison.Ordinal))
            {
                codes.Add(field.Codes[i]);
            }
        }

        return codes;
    }

    private static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
