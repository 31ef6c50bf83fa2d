using Lupus.Interchange.Model;

namespace Lupus.Interchange.Import;

/// <summary>Finds rows of one table that repeat a natural key already seen in the same file.</summary>
internal static class DuplicateKeys
{
    public static void Check<TRow, TKey>(IEnumerable<TRow> rows, Func<TRow, SourceLocation> source, Func<TRow, TKey> key,
        Func<TKey, string> describe, List<InterchangeError> errors)
        where TKey : notnull
    {
        var first = new Dictionary<(string File, TKey Key), string>(rows is IReadOnlyCollection<TRow> all ? all.Count : 0);
        foreach (var row in rows)
        {
            var at = source(row);
            if (!first.TryAdd((at.File, key(row)), at.Record))
            {
                errors.Add(new InterchangeError(at, $"duplicate key {describe(key(row))}: already on row {first[(at.File, key(row))]}"));
            }
        }
    }
}
