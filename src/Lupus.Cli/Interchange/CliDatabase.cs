using Lupus.Persistence;
using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Cli.Interchange;

/// <summary>
/// Opens the registry for a CLI verb: migrations applied, the context bound to the account named by <c>--as</c>
/// (its role and sites, as when it signs in to the web app) or, without <c>--as</c>, to the system account:
/// whoever can open the database file or connection string already holds every right over it.
/// </summary>
internal static class CliDatabase
{
    public static LupusDbContext Open(string database, string? asEmail)
    {
        var builder = new DbContextOptionsBuilder<LupusDbContext>();
        builder.UseLupusDatabase(database);
        var options = builder.Options;
        using (var system = new LupusDbContext(options, AccessScope.System, SystemClock.Instance))
        {
            // Migrate() also diffs the whole model against the last migration, which costs a second per start;
            // reading the migrations history first skips that when the database is current.
            if (system.Database.GetPendingMigrations().Any())
            {
                system.Database.Migrate();
            }
        }

        return new LupusDbContext(options, ScopeOf(options, asEmail), SystemClock.Instance);
    }

    private static AccessScope ScopeOf(DbContextOptions<LupusDbContext> options, string? email)
    {
        if (email is null)
        {
            return AccessScope.System;
        }

        using var system = new LupusDbContext(options, AccessScope.System, SystemClock.Instance);
        var normalised = email.ToUpperInvariant();
        var user = system.Users.Include(u => u.Sites).FirstOrDefault(u => u.NormalizedEmail == normalised)
            ?? throw CliInputException.At(null, null, "--as", $"no account with e-mail '{email}'");
        return new AccessScope(user.Id, user.Email ?? email, user.Role, [.. user.Sites.Select(s => s.SiteId)]);
    }
}
