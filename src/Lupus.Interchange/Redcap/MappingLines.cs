using System.Globalization;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// The line of every key of a mapping file, by path (<c>tables[2].columns.value</c>), so that an error in the mapping
/// names its file, line and field whichever format it was written in.
/// </summary>
internal sealed class MappingLines(string file, IReadOnlyDictionary<string, long> lines)
{
    public string File => file;

    /// <summary>The path's own line, else its nearest enclosing key's, else line 1.</summary>
    public SourceLocation At(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (lines.TryGetValue(p, out var line))
            {
                return new SourceLocation(file, line.ToString(CultureInfo.InvariantCulture), path);
            }
        }

        return new SourceLocation(file, "1", path);
    }

    /// <summary>The first key on a line, for parser errors that know only the line.</summary>
    public string? PathOn(long line) => lines.Where(l => l.Value == line).Select(l => l.Key).OrderBy(k => k.Length).FirstOrDefault();

    public bool Has(string path) => lines.ContainsKey(path);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut < 0 ? "" : path[..cut];
    }
}
