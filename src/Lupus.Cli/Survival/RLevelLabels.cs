using System.Globalization;

namespace Lupus.Cli.Survival;

/// <summary>
/// Group and stratum levels as R names them after <c>read.csv</c>: a column of numbers becomes numeric (so "1" and
/// "1.0" are one level, written "1", and 100000 is written "1e+05", as <c>as.character</c> does with 15 significant
/// digits); a column of T/F/TRUE/FALSE becomes logical, named TRUE/FALSE (read.csv leaves true/false as text); any
/// other column stays text, sorted without regard to case and, among labels equal but for case, lower case first
/// (R's collation).
/// </summary>
internal static class RLevelLabels
{
    private static readonly string[] TrueSpellings = ["T", "TRUE"];
    private static readonly string[] FalseSpellings = ["F", "FALSE"];

    /// <summary>The sorted levels and, for each raw label, the index of its level.</summary>
    public static (string[] Levels, int[] LevelOf) Levels(IReadOnlyList<string> labels)
    {
        if (labels.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)))
        {
            var values = labels.Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
            return Merge(values.Select(Format).ToArray(), values.Distinct().Order().Select(Format).ToArray());
        }

        if (labels.All(l => TrueSpellings.Contains(l) || FalseSpellings.Contains(l)))
        {
            var logical = labels.Select(l => TrueSpellings.Contains(l) ? "TRUE" : "FALSE").ToArray();
            return Merge(logical, [.. logical.Distinct().Order(StringComparer.Ordinal)]);
        }

        var text = labels.Order(StringComparer.OrdinalIgnoreCase).ThenByDescending(l => l, StringComparer.Ordinal).ToArray();
        return Merge([.. labels], text);
    }

    private static (string[] Levels, int[] LevelOf) Merge(string[] named, string[] levels)
    {
        var index = new Dictionary<string, int>(levels.Length, StringComparer.Ordinal);
        for (var i = 0; i < levels.Length; i++)
        {
            index[levels[i]] = i;
        }

        return (levels, [.. named.Select(n => index[n])]);
    }

    /// <summary>R's <c>as.character</c> of a double: 15 significant digits, fixed or scientific, whichever is shorter.</summary>
    internal static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var e14 = Math.Abs(value).ToString("E14", CultureInfo.InvariantCulture);
        var exponent = int.Parse(e14.AsSpan(e14.IndexOf('E') + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var digits = (e14[0] + e14[2..e14.IndexOf('E')]).TrimEnd('0');
        var sign = value < 0 ? "-" : "";
        var fixedForm = exponent >= 0
            ? digits.Length <= exponent + 1 ? digits + new string('0', exponent + 1 - digits.Length) : digits[..(exponent + 1)] + "." + digits[(exponent + 1)..]
            : "0." + new string('0', -exponent - 1) + digits;
        var scientific = digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "") + "e" + (exponent < 0 ? "-" : "+")
            + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return sign + (fixedForm.Length <= scientific.Length ? fixedForm : scientific);
    }
}
