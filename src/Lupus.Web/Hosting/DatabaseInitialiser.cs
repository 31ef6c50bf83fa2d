using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lupus.Web.Hosting;

/// <summary>Applies migrations on start and, with <c>--demo</c>, seeds an empty database. Runs before the server listens.</summary>
internal sealed class DatabaseInitialiser(IServiceProvider services, IOptions<LupusWebOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await using var db = OpenAsSystem(scope.ServiceProvider);
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Value.Demo)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(db, options.Value, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A context acting as the application itself (all sites, may write), for start-up work.</summary>
    internal static LupusDbContext OpenAsSystem(IServiceProvider provider) =>
        new(provider.GetRequiredService<DbContextOptions<LupusDbContext>>(), AccessScope.System, provider.GetRequiredService<IClock>());
}
