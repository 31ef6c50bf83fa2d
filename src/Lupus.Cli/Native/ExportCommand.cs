using System.CommandLine;

namespace Lupus.Cli;

/// <summary><c>lupus export</c> in the Native AOT executable: the exporter needs EF Core.</summary>
internal static class ExportCommand
{
    public static Command Create() => FullBuild.Delegate("export", "Export registry data as CSV, REDCap or FHIR");
}
