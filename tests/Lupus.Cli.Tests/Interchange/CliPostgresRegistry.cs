using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;

namespace Lupus.Cli.Tests.Interchange;

/// <summary>A new PostgreSQL database on the <c>LUPUS_PG</c> server with sites NUH and RLC; dropped on dispose.</summary>
public sealed class CliPostgresRegistry : IDisposable
{
    public CliPostgresRegistry()
    {
        var server = Environment.GetEnvironmentVariable("LUPUS_PG");
        Assert.SkipWhen(string.IsNullOrEmpty(server), "LUPUS_PG is not set (./build.sh test starts PostgreSQL and sets it)");
        Database = new NpgsqlConnectionStringBuilder(server) { Database = $"lupus_cli_{Guid.NewGuid().ToString("N")[..10]}" }.ConnectionString;
        using var db = Open();
        db.Database.Migrate();
        db.Sites.AddRange(new Site { Code = "NUH", Name = "NUH" }, new Site { Code = "RLC", Name = "RLC" });
        db.SaveChanges();
    }

    /// <summary>The connection string, as <c>--db</c> takes it.</summary>
    public string Database { get; }

    public LupusDbContext Open()
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase(Database);
        return new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var db = Open();
        Lupus.Testing.DatabaseDrop.EnsureDeleted(db.Database);
    }
}
