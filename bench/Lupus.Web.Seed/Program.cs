using System.Diagnostics;
using System.Globalization;
using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Web.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

// Bulk-loads a large synthetic cohort into a registry database that `lupus serve` has already migrated (and, with
// --demo, given its sites and accounts):
//   dotnet run -c Release --project bench/Lupus.Web.Seed -- --db lupus.db [--patients 100000] [--visits 20] [--labs 3]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
    .ToDictionary(x => x.a[2..], x => args[x.i + 1], StringComparer.Ordinal);
if (!options.TryGetValue("db", out var database))
{
    await Console.Error.WriteLineAsync("usage: Lupus.Web.Seed --db PATH|CONNECTION [--patients N] [--visits PER_PATIENT] [--labs PER_PATIENT] [--seed N]");
    return 2;
}

int Number(string name, int fallback) => options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
var patients = Number("patients", 100_000);
var visits = Number("visits", 20);
var labs = Number("labs", 3);
var ct = CancellationToken.None;

var builder = new DbContextOptionsBuilder<LupusDbContext>();
builder.UseLupusDatabase(database);
var contextOptions = builder.Options;
await using (var db = new LupusDbContext(contextOptions, AccessScope.System, SystemClock.Instance))
{
    var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
    if (sites.Count == 0)
    {
        await Console.Error.WriteLineAsync("The database has no sites: start `lupus serve --db ... --demo` once to migrate it and create them.");
        return 2;
    }

    if (await db.Patients.CountAsync(ct) >= patients)
    {
        Console.WriteLine($"The database already holds {patients} or more patients; nothing written.");
        return 0;
    }

    var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date.ToDateOnly();
    var cohort = new BenchCohort([.. sites.Select(s => (s.Id, s.Code))], patients, visits, labs, today, Number("seed", 20_260_901));
    await using IBulkWriter writer = LupusDatabase.IsPostgres(database)
        ? new PostgresBulkWriter(await OpenAsync(new NpgsqlConnection(database)))
        : new SqliteBulkWriter(await OpenAsync(new SqliteConnection(db.Database.GetConnectionString())));
    await TimedAsync("Patients", patients, () => writer.WriteAsync("Patients", BenchCohort.PatientColumns, cohort.Patients(), ct));
    await TimedAsync("PatientIdentities", patients, () => writer.WriteAsync("PatientIdentities", BenchCohort.IdentityColumns, cohort.Identities(), ct));
    await TimedAsync("Visits", patients * visits, () => writer.WriteAsync("Visits", BenchCohort.VisitColumns, cohort.Visits(), ct));
    await TimedAsync("LabResults", patients * labs, () => writer.WriteAsync("LabResults", BenchCohort.LabColumns, cohort.LabResults(), ct));
    await TimedAsync("commit", 0, () => writer.CommitAsync(ct));
    await TimedAsync("statistics", 0, () => writer.AnalyseAsync(ct));
}

return 0;

static async Task<T> OpenAsync<T>(T connection)
    where T : System.Data.Common.DbConnection
{
    await connection.OpenAsync();
    return connection;
}

static async Task TimedAsync(string what, int rows, Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s"));
}
