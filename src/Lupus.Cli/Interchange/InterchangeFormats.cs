using Lupus.Interchange.Csv;
using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;
using Lupus.Interchange.Redcap;

namespace Lupus.Cli.Interchange;

/// <summary>The one place that maps <c>--format</c> to a reader and a writer.</summary>
internal static class InterchangeFormats
{
    public static readonly string[] Names = ["csv", "redcap", "fhir"];

    public static InterchangeDataset Read(string format, IReadOnlyList<string> files, string? site) => format switch
    {
        "csv" => CsvDatasetReader.Read(files),
        "redcap" => RedcapReader.Read(files, site),
        "fhir" => FhirBundleReader.Read(files),
        _ => throw NotAvailable(format),
    };

    public static IReadOnlyList<string> Write(string format, InterchangeDataset data, string outDirectory) => format switch
    {
        "csv" => CsvDatasetWriter.Write(data, outDirectory),
        "redcap" => RedcapWriter.Write(data, outDirectory),
        "fhir" => FhirBundleWriter.Write(data, outDirectory),
        _ => throw NotAvailable(format),
    };

    private static CliInputException NotAvailable(string format) => CliInputException.At(null, null, null, $"{format}: unknown format; use csv, redcap or fhir");
}
