using System.CommandLine;
using Lupus.Application.Demo;

namespace Lupus.Cli.Registry;

/// <summary><c>lupus demo</c>: writes the synthetic MSC cohorts into an empty registry database.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file, or a PostgreSQL connection string", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic cohorts (the same seed gives the same data)", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "Generate two synthetic MSC trial cohorts (40 and 87 patients) into an empty database") { db, seed };
        command.SetAction(async (parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            await using var context = await RegistryDatabase.OpenAsync(database, ct);
            if (!await DemoLoader.LoadAsync(context, parse.GetValue(seed), ct))
            {
                throw CliInputException.At(database, null, "--db", "the database already holds sites; the demo needs an empty database");
            }

            parse.InvocationConfiguration.Output.WriteLine(
                $"Wrote the synthetic cohorts ({string.Join(", ", TrialDemo.CohortNames)}) to {database} with seed {parse.GetValue(seed)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
