using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace Lupus.Persistence.Tests.Support;

/// <summary>A migrated database owned by one test; dropped on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(string provider, string name)
    {
        Database = TestDatabases.Create(provider, name);
        using var db = Open(AccessScope.System);
        db.Database.Migrate();
    }

    public string Database { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    public LupusDbContext Open(AccessScope scope)
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase(Database);
        return new LupusDbContext(options.Options, scope, Clock);
    }

    public void Dispose()
    {
        using var db = Open(AccessScope.System);
        Lupus.Testing.DatabaseDrop.EnsureDeleted(db.Database);
    }
}
