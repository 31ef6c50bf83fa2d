namespace Lupus.Reports.Evidence;

/// <summary>The three evidence files (study results, declared cohort overlaps, published pooled figures) and their synthesis.</summary>
public sealed record EvidenceFiles(string Studies, string Overlaps, string Published)
{
    public const string StudiesFile = "msc-sle-studies.csv";

    public const string OverlapsFile = "msc-sle-overlap.csv";

    public const string PublishedFile = "msc-sle-published.csv";

    /// <summary>The bundled file names in <paramref name="folder"/>.</summary>
    public static EvidenceFiles In(string folder) =>
        new(Path.Combine(folder, StudiesFile), Path.Combine(folder, OverlapsFile), Path.Combine(folder, PublishedFile));

    /// <summary>The files that do not exist.</summary>
    public IReadOnlyList<string> Missing() => [.. new[] { Studies, Overlaps, Published }.Where(f => !File.Exists(f))];

    /// <summary>Reads the three files and runs the synthesis with the given options.</summary>
    /// <exception cref="Input.InputFileException">A file is missing or malformed (file, row, column and rule named).</exception>
    public EvidenceResult Synthesise(EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return EvidenceSynthesis.Run(
            EvidenceInputReader.Studies(Studies),
            options with { Overlaps = EvidenceInputReader.Overlaps(Overlaps), Published = EvidenceInputReader.Published(Published) });
    }
}
