namespace Lupus.Cli.Survival;

/// <summary>Splits a column into one array per group code in a single pass, keeping row order within each group.</summary>
internal static class CodeSplit
{
    public static T[][] By<T>(ReadOnlySpan<int> codes, int count, ReadOnlySpan<T> values)
    {
        var sizes = new int[count];
        foreach (var c in codes)
        {
            sizes[c]++;
        }

        var parts = new T[count][];
        for (var c = 0; c < count; c++)
        {
            parts[c] = new T[sizes[c]];
        }

        Array.Clear(sizes);
        for (var i = 0; i < values.Length; i++)
        {
            var c = codes[i];
            parts[c][sizes[c]++] = values[i];
        }

        return parts;
    }
}
