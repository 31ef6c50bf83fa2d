using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Persistence;

/// <summary>The one place that chooses the database provider: a PostgreSQL connection string or a SQLite file.</summary>
public static class LupusDatabase
{
    /// <summary>SQLite file used when nothing is configured.</summary>
    public const string DefaultFile = "lupus.db";

    private static readonly ConcurrentDictionary<string, string> PostgresDefaults = new(StringComparer.Ordinal);

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
            return options.UseNpgsql(WithPostgresDefaults(database), o => o.MigrationsAssembly("Lupus.Persistence.Postgres"));
        }

        var connection = database.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? database : $"Data Source={database}";
        return options.UseSqlite(connection, o => o.MigrationsAssembly("Lupus.Persistence.Sqlite"));
    }

    /// <summary>
    /// Fills in the PostgreSQL connection settings the application relies on where the connection string sets none:
    /// the pool cap, automatic preparation of repeated statements, and no session reset when a connection returns to
    /// the pool. A value given in the connection string always wins.
    /// </summary>
    /// <remarks>
    /// <para>Pool cap, 2 × cores + 2: more backends only compete for the same cores. With Npgsql's default of 100 and
    /// 32 concurrent clients on 2 cores the patient list's p99 was 103-124 ms; capped at 6, 52-71 ms.</para>
    /// <para>Auto-prepare and no reset: every page runs the same few queries, and without them each one was parsed and
    /// planned again on every request after a <c>DISCARD ALL</c> (about half of the backend's CPU per patient-list
    /// request, bench/web/results.md). Skipping the reset is safe because the application keeps no session state: the
    /// import lock is transaction-scoped and nothing issues <c>SET</c>.</para>
    /// </remarks>
    public static string WithPostgresDefaults(string connectionString) =>
        PostgresDefaults.GetOrAdd(connectionString, static given =>
        {
            // Worked out once per connection string: the web app builds a context options set on every request.
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>()
                .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
                .ToHashSet(StringComparer.Ordinal);
            var result = new System.Text.StringBuilder(given.TrimEnd(';'));
            if (!keys.Contains("MAXIMUMPOOLSIZE") && !keys.Contains("MAXPOOLSIZE"))
            {
                result.Append(";Maximum Pool Size=").Append(DefaultPoolSize);
            }

            if (!keys.Contains("MAXAUTOPREPARE"))
            {
                result.Append(";Max Auto Prepare=").Append(DefaultAutoPrepare);
            }

            if (!keys.Contains("NORESETONCLOSE"))
            {
                result.Append(";No Reset On Close=true");
            }

            return result.ToString();
        });

    /// <summary>Statements kept prepared per connection when the connection string gives no number.</summary>
    public const int DefaultAutoPrepare = 64;

    /// <summary>Pool maximum used when the connection string gives none: 2 × cores + 2.</summary>
    public static int DefaultPoolSize => (2 * Environment.ProcessorCount) + 2;
}
