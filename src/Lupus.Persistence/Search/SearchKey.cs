namespace Lupus.Persistence.Search;

/// <summary>
/// The normalised form of a searchable field (study id, family name, hospital number), stored beside the field and
/// indexed so that a prefix search is an index range on SQLite and PostgreSQL alike:
/// <c>key &gt;= term AND key &lt; term + U+FFFF</c>, compared byte by byte (SQLite's BINARY, PostgreSQL's "C").
/// </summary>
/// <remarks>
/// The key is the text without leading and trailing spaces, with the ASCII letters upper-cased; every other character
/// is kept as stored. That is exactly SQL's <c>upper(trim(x))</c> on both databases (SQLite's upper() folds ASCII only,
/// PostgreSQL's does so under the "C" collation), so a migration computes the same keys for existing rows as the
/// entities compute on save. Accented letters therefore match only as typed ("Chloé", not "chloe" or "CHLOÉ").
/// </remarks>
public static class SearchKey
{
    /// <summary>Model annotation marking a key column: derived data, left out of the audit trail.</summary>
    public const string Annotation = "Lupus:SearchKey";

    /// <summary>The key of <paramref name="text"/>; empty for null.</summary>
    public static string Of(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var trimmed = text.Trim(' ');
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;
            }
        });
    }

    /// <summary>
    /// The exclusive upper end of the keys starting with <paramref name="prefix"/>: U+FFFF sorts after every character
    /// of the Basic Multilingual Plane in UTF-8 byte order (and in UTF-16 order).
    /// </summary>
    public static string UpperBound(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix + '\uffff';
    }
}
