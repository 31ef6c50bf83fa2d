using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Persistence;

/// <summary>The one place that chooses the database provider: a PostgreSQL connection string or a SQLite file.</summary>
public static class LupusDatabase
{
    /// <summary>SQLite file used when nothing is configured.</summary>
    public const string DefaultFile = "lupus.db";

    private static readonly ConcurrentDictionary<string, string> PoolSizeDefaults = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="database"/> is a PostgreSQL connection string (<c>Host=...;Database=...</c>).</summary>
    public static bool IsPostgres(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || database.Contains("Server=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Configures the provider and its migration assembly for <paramref name="database"/>.</summary>
    /// <param name="options">The options to configure.</param>
    /// <param name="database">A PostgreSQL connection string, or a SQLite file path (or full <c>Data Source=</c> string).</param>
    public static DbContextOptionsBuilder UseLupusDatabase(this DbContextOptionsBuilder options, string database)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsPostgres(database))
        {
            return options.UseNpgsql(WithPoolSizeDefault(database), o => o.MigrationsAssembly("Lupus.Persistence.Postgres"));
        }

        var connection = database.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? database : $"Data Source={database}";
        return options.UseSqlite(connection, o => o.MigrationsAssembly("Lupus.Persistence.Sqlite"));
    }

    /// <summary>
    /// Caps the connection pool at two connections per core plus two when the connection string sets no maximum.
    /// </summary>
    /// <remarks>
    /// More PostgreSQL backends than that compete for the same cores and lengthen tail latency: with the default of 100
    /// and 32 concurrent clients on 2 cores, the patient list's p99 was 103-124 ms; capped at 6, 52-71 ms
    /// (bench/web/results.md). A maximum given in the connection string wins.
    /// </remarks>
    public static string WithPoolSizeDefault(string connectionString) =>
        PoolSizeDefaults.GetOrAdd(connectionString, static given =>
        {
            // Read once per connection string: the web app builds a context options set on every request.
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>();
            var setsMaximum = keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE");
            return setsMaximum ? given : $"{given.TrimEnd(';')};Maximum Pool Size={DefaultPoolSize}";
        });

    /// <summary>Pool maximum used when the connection string gives none: 2 × cores + 2.</summary>
    public static int DefaultPoolSize => (2 * Environment.ProcessorCount) + 2;
}
