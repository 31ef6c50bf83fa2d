using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lupus.Cli.Interchange;
using Lupus.Interchange;
using Lupus.Interchange.Import;
using NodaTime;

namespace Lupus.Cli;

/// <summary>
/// <c>lupus import</c>: reads a file set, checks all of it, and imports it in one transaction, or prints every error
/// as <c>file:row:column: rule</c> and exits 2 with the database unchanged.
/// </summary>
internal static class ImportCommand
{
    private const int ErrorsShown = 200;

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file, or a PostgreSQL connection string", DefaultValueFactory = _ => "lupus.db" };
        var format = new Option<string>("--format") { Description = "csv, redcap or fhir", Required = true };
        format.AcceptOnlyFromAmong([.. DatasetFormats.Names]);
        var site = new Option<string?>("--site") { Description = "Site of inputs that carry none; otherwise every row must belong to it" };
        var user = new Option<string?>("--as") { Description = "Import as this account (its role and sites); default: the system account" };
        var verbose = new Option<bool>("--verbose") { Description = "Print the wall time of each phase (read, check, write, audit, commit) to stderr" };
        var wait = new Option<int>("--wait") { Description = "Seconds to wait while another import writes to the database", DefaultValueFactory = _ => 30 };
        var files = new Argument<string[]>("files") { Description = "Input files (CSV tables; REDCap records, dictionary and mapping; FHIR bundles)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import CSV, REDCap or FHIR data into the registry (all or nothing)") { db, format, site, user, verbose, wait, files };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var starting = Stopwatch.StartNew();
            // The files are read on a worker from here on, while the database opens and the import checks and writes.
            using var parts = new ReadAhead(DatasetFormats.ReadInParts(parse.GetValue(format)!, parse.GetValue(files)!, parse.GetValue(site)));
            using var context = CliDatabase.Open(parse.GetValue(db)!, parse.GetValue(user));
            var opened = starting.Elapsed;
            var progress = new ImportProgressDisplay();
            var importer = new DatasetImporter(context, SystemClock.Instance, progress) { LockWait = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait))) };
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            ImportResult result;
            try
            {
                result = progress.Run(() => importer.Import(parts, parse.GetValue(site)), output, terminal);
            }
            catch (ImportConflictException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"lupus: error: {e.Message}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(verbose))
            {
                PrintPhases(parse.InvocationConfiguration.Error, [("open database", opened), .. importer.Phases.Done]);
            }

            if (!result.Succeeded)
            {
                var error = parse.InvocationConfiguration.Error;
                foreach (var e in result.Errors.Take(ErrorsShown))
                {
                    error.WriteLine(e.ToString());
                }

                var more = result.Errors.Count > ErrorsShown ? $" ({result.Errors.Count - ErrorsShown} not shown)" : "";
                throw CliInputException.At(null, null, null, $"{result.Errors.Count} errors{more}; nothing was imported");
            }

            output.WriteLine($"imported {result.Inserted + result.Updated + result.Unchanged} rows: {result.Inserted} inserted, {result.Updated} updated, {result.Unchanged} unchanged");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintPhases(TextWriter error, IReadOnlyList<(string Phase, TimeSpan Elapsed)> phases)
    {
        foreach (var (phase, elapsed) in phases)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phase {phase,-16} {elapsed.TotalSeconds,8:0.000} s"));
        }
    }
}
