namespace Lupus.Web.Tests.Support;

/// <summary>The repository's <c>data/</c> folder (the bundled published-study files), found above the test binaries.</summary>
public static class RepositoryData
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(data, "msc-sle-studies.csv")))
            {
                return data;
            }
        }

        throw new InvalidOperationException("data/msc-sle-studies.csv was not found above " + AppContext.BaseDirectory);
    }
}
