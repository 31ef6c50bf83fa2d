namespace Lupus.Interchange.Import;

/// <summary>The reasons an import's changes are audited with: <c>import &lt;files&gt;</c>.</summary>
internal sealed class ImportReasons
{
    private const int MaxLength = 500;
    private readonly Dictionary<string, string> _ofFile = new(StringComparer.Ordinal);

    /// <summary><c>import &lt;files&gt;</c>; file names without their folders when the paths would not fit the audit's reason column.</summary>
    public static string For(IEnumerable<string> files)
    {
        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        var reason = "import " + string.Join(", ", distinct);
        if (reason.Length > MaxLength)
        {
            reason = "import " + string.Join(", ", distinct.Select(Path.GetFileName));
        }

        return reason.Length > MaxLength ? reason[..(MaxLength - 3)] + "..." : reason;
    }

    /// <summary>The reason of records inserted from one file: one string per file, so audit entries can tell files apart by reference.</summary>
    public string ForFile(string file)
    {
        if (!_ofFile.TryGetValue(file, out var reason))
        {
            reason = For([file]);
            _ofFile[file] = reason;
        }

        return reason;
    }
}
