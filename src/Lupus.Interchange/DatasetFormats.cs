using Lupus.Interchange.Csv;
using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;
using Lupus.Interchange.Redcap;

namespace Lupus.Interchange;

/// <summary>The one place that maps a format name (<c>csv</c>, <c>redcap</c>, <c>fhir</c>) to its reader and writer.</summary>
public static class DatasetFormats
{
    public static IReadOnlyList<string> Names { get; } = ["csv", "redcap", "fhir"];

    public static bool IsKnown(string format) => Names.Contains(format, StringComparer.Ordinal);

    /// <summary>Reads the files of one format; <paramref name="site"/> names the site of REDCap records without a data access group.</summary>
    public static InterchangeDataset Read(string format, IReadOnlyList<string> files, string? site) => format switch
    {
        "csv" => CsvDatasetReader.Read(files),
        "redcap" => RedcapReader.Read(files, site),
        "fhir" => FhirBundleReader.Read(files),
        _ => throw Unknown(format),
    };

    /// <summary>
    /// Reads the files of one format in the parts <see cref="Import.DatasetImporter"/> takes as they are read: CSV
    /// tables row by row; REDCap projects and FHIR bundles (read whole to resolve their references) as one part.
    /// </summary>
    public static IEnumerable<InterchangeDataset> ReadInParts(string format, IReadOnlyList<string> files, string? site) => format switch
    {
        "csv" => CsvDatasetReader.ReadInParts(files),
        _ => Whole(format, files, site),
    };

    public static IReadOnlyList<string> Write(string format, InterchangeDataset data, string outDirectory) => format switch
    {
        "csv" => CsvDatasetWriter.Write(data, outDirectory),
        "redcap" => RedcapWriter.Write(data, outDirectory),
        "fhir" => FhirBundleWriter.Write(data, outDirectory),
        _ => throw Unknown(format),
    };

    private static IEnumerable<InterchangeDataset> Whole(string format, IReadOnlyList<string> files, string? site)
    {
        yield return Read(format, files, site);
    }

    private static ArgumentOutOfRangeException Unknown(string format) =>
        new(nameof(format), format, $"unknown format '{format}'; use {string.Join(", ", Names)}");
}
