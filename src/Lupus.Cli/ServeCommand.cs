using System.CommandLine;
using Lupus.Web;

namespace Lupus.Cli;

/// <summary><c>lupus serve</c>: runs the registry web application (pages and JSON API) until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...;Database=...;Username=...)", DefaultValueFactory = _ => "lupus.db" };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = "Seed two demo sites, a synthetic cohort and one account per role into an empty database" };
        var password = new Option<string?>("--demo-password") { Description = "Password of the demo accounts (default: a random one, printed once)" };
        var command = new Command("serve", "Run the trial registry web application (migrations apply on start)") { db, urls, demo, password };
        command.SetAction(parse =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Database"] = parse.GetValue(db),
                ["Demo"] = parse.GetValue(demo) ? "true" : "false",
                ["DemoPassword"] = parse.GetValue(password),
            };
            var app = LupusWebApp.Build(["--urls", parse.GetValue(urls)!], settings);
            parse.InvocationConfiguration.Output.WriteLine($"LupusTrials registry on {parse.GetValue(urls)} (Ctrl+C to stop)");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
