using Lupus.Persistence;
using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Cli.Registry;

/// <summary>Opens the registry database for a batch verb, applying migrations first, with the system's scope.</summary>
internal static class RegistryDatabase
{
    public static async Task<LupusDbContext> OpenAsync(string database, CancellationToken ct)
    {
        var builder = new DbContextOptionsBuilder<LupusDbContext>();
        builder.UseLupusDatabase(database);
        var options = builder.Options;
        var db = new LupusDbContext(options, AccessScope.System, SystemClock.Instance);
        await db.Database.MigrateAsync(ct);
        return db;
    }
}
