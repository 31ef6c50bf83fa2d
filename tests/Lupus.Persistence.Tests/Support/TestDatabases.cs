using Npgsql;

namespace Lupus.Persistence.Tests.Support;

/// <summary>
/// A fresh database per test class or test, on SQLite (a temporary file) or PostgreSQL (a new database on the
/// server named by <c>LUPUS_PG</c>, which <c>./build.sh test</c> always sets).
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    /// <summary>The PostgreSQL server's connection string, or null when <c>LUPUS_PG</c> is not set.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("LUPUS_PG") is { Length: > 0 } server ? server : null;

    /// <summary>A database string for <see cref="LupusDatabase.UseLupusDatabase"/>; the database itself is created by migrating.</summary>
    public static string Create(string provider, string name)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        if (provider == Sqlite)
        {
            return Path.Combine(Path.GetTempPath(), $"lupus-{name}-{suffix}.db");
        }

        var server = PostgresServer;
        Assert.SkipWhen(server is null, "LUPUS_PG is not set (./build.sh test starts PostgreSQL and sets it)");
        return new NpgsqlConnectionStringBuilder(server) { Database = $"lupus_{name.ToLowerInvariant()}_{suffix}" }.ConnectionString;
    }
}
