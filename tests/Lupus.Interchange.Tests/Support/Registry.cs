using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Lupus.Interchange.Tests.Support;

/// <summary>A migrated registry owned by one test, with sites NUH and RLC; dropped on dispose.</summary>
public sealed class Registry : IDisposable
{
    /// <param name="provider"><see cref="Sqlite"/> or <see cref="Postgres"/>.</param>
    /// <param name="server">The environment variable naming the PostgreSQL server and role (<c>LUPUS_PG</c> unless given).</param>
    public Registry(string provider = Sqlite, string server = "LUPUS_PG")
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        if (provider == Sqlite)
        {
            Database = Path.Combine(Path.GetTempPath(), $"lupus-interchange-{suffix}.db");
        }
        else
        {
            var connection = Environment.GetEnvironmentVariable(server);
            Assert.SkipWhen(string.IsNullOrEmpty(connection), $"{server} is not set (./build.sh test starts PostgreSQL and sets it)");
            Database = new NpgsqlConnectionStringBuilder(connection) { Database = $"lupus_interchange_{suffix}" }.ConnectionString;
        }

        using var db = Open(AccessScope.System);
        db.Database.Migrate();
        Nuh = new Site { Id = Guid.NewGuid(), Code = "NUH", Name = "National University Hospital" };
        Rlc = new Site { Id = Guid.NewGuid(), Code = "RLC", Name = "Royal London Clinic" };
        db.Sites.AddRange(Nuh, Rlc);
        db.SaveChanges();
    }

    public const string Sqlite = "sqlite";

    /// <summary>The environment variable of a PostgreSQL role that may not set <c>session_replication_role</c>.</summary>
    public const string UnprivilegedServer = "LUPUS_PG_UNPRIVILEGED";
    public const string Postgres = "postgres";

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public string Database { get; }

    public Site Nuh { get; }

    public Site Rlc { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    public static AccessScope InvestigatorOf(Site site) => new("u-inv", "inv@example.org", UserRole.Investigator, [site.Id]);

    public static AccessScope As(UserRole role, Site site) => new("u-" + role, role + "@example.org", role, [site.Id]);

    public LupusDbContext Open(AccessScope scope)
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase(Database);
        return new LupusDbContext(options.Options, scope, Clock);
    }

    /// <summary>Row counts of every clinical table and the audit trail, to prove that nothing changed.</summary>
    public (int Patients, int Identities, int Visits, int Labs, int Infusions, int Events, int Panels, int Audit) Counts()
    {
        using var db = Open(AccessScope.System);
        return (db.Patients.Count(), db.PatientIdentities.Count(), db.Visits.Count(), db.LabResults.Count(), db.MscInfusions.Count(),
            db.AdverseEvents.Count(), db.ImmunePanels.Count(), db.AuditEntries.Count());
    }

    public void Dispose()
    {
        using (var db = Open(AccessScope.System))
        {
            Lupus.Testing.DatabaseDrop.EnsureDeleted(db.Database);
        }

        SqliteConnection.ClearAllPools();
    }
}
