using System.CommandLine;
using Lupus.Cli.Interchange;
using Lupus.Interchange;
using Lupus.Interchange.Export;

namespace Lupus.Cli;

/// <summary>
/// <c>lupus export</c>: writes what the account may see (one site with <c>--site</c>) in a format, de-identified with
/// <c>--deidentify</c>. Only administrators (and the system account) may export identified data.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file, or a PostgreSQL connection string", DefaultValueFactory = _ => "lupus.db" };
        var format = new Option<string>("--format") { Description = "csv, redcap or fhir", Required = true };
        format.AcceptOnlyFromAmong([.. DatasetFormats.Names]);
        var deidentify = new Option<bool>("--deidentify") { Description = "HIPAA Safe Harbor: no identifiers, pseudonymous ids, shifted dates" };
        var site = new Option<string?>("--site") { Description = "Export only this site" };
        var user = new Option<string?>("--as") { Description = "Export as this account (its role and sites); default: the system account" };
        var outDir = new Option<string>("--out") { Description = "Output directory", Required = true };
        var command = new Command("export", "Export registry data as CSV, REDCap or FHIR") { db, format, deidentify, site, user, outDir };
        command.SetAction(parse =>
        {
            using var context = CliDatabase.Open(parse.GetValue(db)!, parse.GetValue(user));
            var deidentified = parse.GetValue(deidentify);
            if (!ExportPolicy.MayExport(context.Scope, deidentified))
            {
                throw CliInputException.At(null, null, "--deidentify",
                    $"the {context.Scope.Role} account {context.Scope.UserName} may export de-identified data only");
            }

            var exporter = new DatasetExporter(context);
            Lupus.Interchange.Model.InterchangeDataset data;
            Dictionary<Lupus.Interchange.Model.PatientKey, Guid> ids;
            try
            {
                (data, ids) = exporter.Export(parse.GetValue(site));
            }
            catch (ArgumentException e)
            {
                throw CliInputException.At(null, null, "--site", e.Message.Split(" (Parameter", 2)[0]);
            }

            if (deidentified)
            {
                data = new Deidentifier(context).Apply(data, ids);
            }

            var files = DatasetFormats.Write(parse.GetValue(format)!, data, parse.GetValue(outDir)!);
            parse.InvocationConfiguration.Output.WriteLine($"exported {data.RowCount} rows to {files.Count} files in {parse.GetValue(outDir)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
