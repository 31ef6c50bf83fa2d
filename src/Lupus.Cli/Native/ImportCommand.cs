using System.CommandLine;

namespace Lupus.Cli;

/// <summary><c>lupus import</c> in the Native AOT executable: the importer needs EF Core.</summary>
internal static class ImportCommand
{
    public static Command Create() => FullBuild.Delegate("import", "Import CSV, REDCap or FHIR data into the registry");
}
