using System.Collections.Concurrent;

namespace Lupus.Interchange.Tests.Support;

/// <summary>Paths of the example inputs committed under <c>examples/</c>, and scratch directories.</summary>
public static class Examples
{
    public static string Root { get; } = FindRoot();

    // Scratch directories of this test process, deleted when it exits (a test may still read one in its last assert).
    private static readonly ConcurrentBag<string> Scratches = DeletedOnExit();

    public static string[] CsvSet => [.. Directory.GetFiles(Path.Combine(Root, "examples", "interchange"), "*.csv").Order(StringComparer.Ordinal)];

    public static string Redcap(string file) => Path.Combine(Root, "examples", "redcap", file);

    /// <summary>A new empty directory under the temp folder.</summary>
    public static string Scratch()
    {
        var path = Path.Combine(Path.GetTempPath(), "lupus-interchange-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(path);
        Scratches.Add(path);
        return path;
    }

    private static ConcurrentBag<string> DeletedOnExit()
    {
        var paths = new ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var path in paths)
            {
                try
                {
                    Directory.Delete(path, recursive: true);
                }
                catch (IOException)
                {
                    // Left behind rather than failing the run: it is only scratch space.
                }
            }
        };
        return paths;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lupus.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Lupus.slnx not found above the test binaries.");
    }
}
