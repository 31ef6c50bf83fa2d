namespace Lupus.Cli.Tests;

/// <summary>The read-only specification beside the repository.</summary>
public static class SharedSpec
{
    public static string InstrumentCases { get; } = Path.Combine(FindShared(), "spec", "instrument-cases.json");

    private static string FindShared()
    {
        if (Environment.GetEnvironmentVariable("LUPUS_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lupus.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Lupus.slnx not found above " + AppContext.BaseDirectory);
    }
}
