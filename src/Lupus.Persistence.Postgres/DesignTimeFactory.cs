using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;

namespace Lupus.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider's migrations (no database is opened).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LupusDbContext>
{
    public LupusDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase("Host=localhost;Database=lupus_design;Username=lupus");
        return new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
    }
}
