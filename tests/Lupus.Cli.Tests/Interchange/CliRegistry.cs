using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Cli.Tests.Interchange;

/// <summary>A SQLite registry file with sites NUH and RLC and one statistician account (NUH).</summary>
public sealed class CliRegistry : IDisposable
{
    public const string Statistician = "stat@example.org";

    public CliRegistry()
    {
        using var db = Open();
        db.Database.Migrate();
        var nuh = new Site { Code = "NUH", Name = "NUH" };
        db.Sites.AddRange(nuh, new Site { Code = "RLC", Name = "RLC" });
        db.Users.Add(new LupusUser
        {
            UserName = Statistician, Email = Statistician, NormalizedEmail = Statistician.ToUpperInvariant(),
            NormalizedUserName = Statistician.ToUpperInvariant(), Role = UserRole.Statistician, Sites = [new UserSite { UserId = "", SiteId = nuh.Id }],
        });
        db.SaveChanges();
    }

    public string File { get; } = Path.Combine(Path.GetTempPath(), $"lupus-cli-{Guid.NewGuid():N}.db");

    public LupusDbContext Open()
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase(File);
        return new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.File.Delete(File);
    }
}
