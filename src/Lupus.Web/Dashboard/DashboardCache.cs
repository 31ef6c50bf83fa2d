using System.Collections.Concurrent;
using Lupus.Persistence;
using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Dashboard;

/// <summary>
/// Dashboard figures per set of sites, read once and shared by every request. A save in this process or a new date
/// makes the next request read again and wait for the result; figures older than <see cref="MaxAge"/> (another server
/// on the same database may have written) are still shown while one read refreshes them in the background, so
/// concurrent requests never each scan the cohort.
/// </summary>
public sealed class DashboardCache(DataVersion version, IClock clock, IServiceScopeFactory scopes)
{
    /// <summary>Age after which figures are refreshed although this process saved nothing.</summary>
    public static readonly Duration MaxAge = Duration.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<DashboardFigures> GetAsync(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = scope.AllSites ? "*" : string.Join(',', scope.SiteIds.Order());
        var now = clock.GetCurrentInstant();
        var current = version.Current;
        var entry = _entries.GetOrAdd(key, _ => Start(key, scope, current, now));
        if (entry.Version != current || entry.At.InUtc().Date != now.InUtc().Date)
        {
            var fresh = Start(key, scope, current, now);
            entry = _entries.TryUpdate(key, fresh, entry) ? fresh : _entries.GetOrAdd(key, fresh);
        }
        else if (now - entry.At >= MaxAge && entry.Figures.IsCompletedSuccessfully && entry.TryClaimRefresh())
        {
            var next = Start(key, scope, current, now);
            _ = next.Figures.ContinueWith(t => _entries.TryUpdate(key, next, entry), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        return await entry.Figures;
    }

    /// <summary>Starts a read in its own context bound to <paramref name="scope"/> (it may outlive the request).</summary>
    private Entry Start(string key, AccessScope scope, long dataVersion, Instant now)
    {
        var entry = new Entry(dataVersion, now, Task.Run(async () =>
        {
            using var services = scopes.CreateScope();
            var options = services.ServiceProvider.GetRequiredService<DbContextOptions<LupusDbContext>>();
            await using var db = new LupusDbContext(options, scope, clock);
            return await DashboardQuery.ReadAsync(db, clock, CancellationToken.None);
        }));
        // A failed read is not kept: the next request reads again.
        _ = entry.Figures.ContinueWith(_ => _entries.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return entry;
    }

    private sealed class Entry(long dataVersion, Instant at, Task<DashboardFigures> figures)
    {
        private int _refreshing;

        public long Version => dataVersion;

        public Instant At => at;

        public Task<DashboardFigures> Figures => figures;

        /// <summary>True for the one caller that may start the background refresh of this entry.</summary>
        public bool TryClaimRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;
    }
}
