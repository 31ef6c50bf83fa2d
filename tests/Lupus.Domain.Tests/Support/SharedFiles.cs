namespace Lupus.Domain.Tests.Support;

/// <summary>Locates the read-only <c>shared/</c> folder that sits beside the repository (the spec's single source).</summary>
public static class SharedFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Shared { get; } = Environment.GetEnvironmentVariable("LUPUS_SHARED") is { Length: > 0 } s
        ? s
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string InstrumentCases => Path.Combine(Shared, "spec", "instrument-cases.json");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lupus.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Lupus.slnx not found above " + AppContext.BaseDirectory);
    }
}
