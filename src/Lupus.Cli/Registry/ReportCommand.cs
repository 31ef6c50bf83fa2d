using System.CommandLine;
using Lupus.Reports.Evidence;
using Lupus.Application.Reporting;
using Lupus.Reports.Trials;
using NodaTime;

namespace Lupus.Cli.Registry;

/// <summary><c>lupus report</c>: derives the endpoints and writes the trial report (HTML, or JSON numbers).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file, or a PostgreSQL connection string", Required = true };
        var site = new Option<string?>("--site") { Description = "Restrict the report to one site code" };
        var output = new Option<string>("--out") { Description = "Output file", Required = true };
        var format = new Option<string>("--format") { Description = "html or json", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "json");
        var cox = new Option<bool>("--cox") { Description = "Add a Cox model of death on age, baseline SLEDAI-2K and proteinuria" };
        var command = new Command("report", "Derive trial endpoints and write the cohort report") { db, site, output, format, cox };
        command.SetAction(async (parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            if (!LupusDatabaseExists(database))
            {
                throw CliInputException.At(database, null, "--db", "the database file does not exist");
            }

            await using var context = await RegistryDatabase.OpenAsync(database, ct);
            var siteCode = parse.GetValue(site);
            if (siteCode is not null && !context.Sites.Any(s => s.Code == siteCode))
            {
                throw CliInputException.At(database, null, "--site", $"no site has the code {siteCode}");
            }

            var report = await new TrialReportService(context, SystemClock.Instance).CreateAsync(siteCode, parse.GetValue(cox), ct);
            report = report with { Evidence = ReportEvidence.Create(EvidenceInputReader.BundledFolder, failOnBadInput: true) };
            var text = parse.GetValue(format) == "json" ? TrialReportJson.Serialize(report) : TrialReportHtml.Render(report);
            var path = parse.GetValue(output)!;
            // Written to a temporary file first, so a failure never leaves half a report.
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text, ct);
            File.Move(temporary, path, overwrite: true);
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {path}: {string.Join("; ", report.Cohorts.Select(c => $"{c.Name} n={c.N}"))}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool LupusDatabaseExists(string database) =>
        Persistence.LupusDatabase.IsPostgres(database) || File.Exists(database.Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase));
}
