using Microsoft.EntityFrameworkCore;

namespace Lupus.Persistence;

/// <summary>The one place that chooses the database provider: a PostgreSQL connection string or a SQLite file.</summary>
public static class LupusDatabase
{
    /// <summary>SQLite file used when nothing is configured.</summary>
    public const string DefaultFile = "lupus.db";

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
            return options.UseNpgsql(database, o => o.MigrationsAssembly("Lupus.Persistence.Postgres"));
        }

        var connection = database.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? database : $"Data Source={database}";
        return options.UseSqlite(connection, o => o.MigrationsAssembly("Lupus.Persistence.Sqlite"));
    }
}
