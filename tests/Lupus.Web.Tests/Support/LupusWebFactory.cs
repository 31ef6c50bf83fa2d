using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Lupus.Web.Tests.Support;

/// <summary>The web application over its own demo database (SQLite file or PostgreSQL database), at a fixed date.</summary>
public abstract class LupusWebFactory : WebApplicationFactory<LupusWebApp>
{
    public const string Password = "Demo-Passw0rd!";

    private readonly Lazy<string?> _database;

    protected LupusWebFactory(string provider) => _database = new(() => TryCreate(provider));

    public static Instant Now { get; } = Instant.FromUtc(2026, 9, 1, 10, 0);

    /// <summary>Null when the provider is not available here (PostgreSQL without <c>LUPUS_PG</c>).</summary>
    public string? Database => _database.Value;

    protected virtual int LoginPermitsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Lupus:Database", Database);
        builder.UseSetting("Lupus:Demo", "true");
        builder.UseSetting("Lupus:DemoPassword", Password);
        builder.UseSetting("Lupus:EvidenceDataFolder", RepositoryData.Folder);
        builder.UseSetting("Lupus:LoginPermitsPerMinute", LoginPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(s => s.AddSingleton<IClock>(new FakeClock(Now)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _database.IsValueCreated && Database is { } database)
        {
            var options = new DbContextOptionsBuilder<LupusDbContext>();
            options.UseLupusDatabase(database);
            using var db = new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
            Lupus.Testing.DatabaseDrop.EnsureDeleted(db.Database);
        }
    }

    private static string? TryCreate(string provider) =>
        provider == TestDatabases.Postgres && TestDatabases.PostgresServer is null ? null : TestDatabases.Create(provider, "web");
}

public sealed class SqliteWebFactory() : LupusWebFactory(TestDatabases.Sqlite);

public sealed class PostgresWebFactory() : LupusWebFactory(TestDatabases.Postgres);
