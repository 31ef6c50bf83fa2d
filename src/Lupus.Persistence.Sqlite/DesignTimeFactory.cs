using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;

namespace Lupus.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider's migrations (no database is opened).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LupusDbContext>
{
    public LupusDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase("design.db");
        return new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
    }
}
