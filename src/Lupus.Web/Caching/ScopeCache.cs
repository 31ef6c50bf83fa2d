using System.Collections.Concurrent;
using Lupus.Persistence;
using Lupus.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Caching;

/// <summary>
/// A value per set of sites (all sites for administrators), read once and shared by every request of that set. A save
/// in this process or a new date makes the next request read again and wait for the result; values older than
/// <see cref="MaxAge"/> (another server on the same database may have written) are still served while one read
/// refreshes them in the background, so concurrent requests never each scan the cohort. At most
/// <see cref="MaxScopes"/> site sets are kept.
/// </summary>
public abstract class ScopeCache<T>(DataVersion version, IClock clock, IServiceScopeFactory scopes)
{
    /// <summary>Age after which a value is refreshed although this process saved nothing.</summary>
    public static readonly Duration MaxAge = Duration.FromSeconds(30);

    /// <summary>Bound on the number of site sets held; beyond it the cache starts again empty.</summary>
    public const int MaxScopes = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // Values depend only on the visible sites, never on the user: the key is the site set.
        var key = scope.AllSites ? "*" : string.Join(',', scope.SiteIds.Order());
        var now = clock.GetCurrentInstant();
        var current = version.Current;
        if (_entries.Count >= MaxScopes && !_entries.ContainsKey(key))
        {
            _entries.Clear();
        }

        var entry = _entries.GetOrAdd(key, _ => Start(key, scope, current, now));
        if (entry.Version != current || entry.At.InUtc().Date != now.InUtc().Date)
        {
            var fresh = Start(key, scope, current, now);
            entry = _entries.TryUpdate(key, fresh, entry) ? fresh : _entries.GetOrAdd(key, fresh);
        }
        else if (now - entry.At >= MaxAge && entry.Value.IsCompletedSuccessfully && entry.TryClaimRefresh())
        {
            var next = Start(key, scope, current, now);
            _ = next.Value.ContinueWith(t => _entries.TryUpdate(key, next, entry), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        return await entry.Value;
    }

    /// <summary>Reads the value for the context's scope.</summary>
    protected abstract Task<T> ReadAsync(LupusDbContext db, IClock clock, CancellationToken ct);

    /// <summary>Starts a read in its own context bound to <paramref name="scope"/> (it may outlive the request).</summary>
    private Entry Start(string key, AccessScope scope, long dataVersion, Instant now)
    {
        var entry = new Entry(dataVersion, now, Task.Run(async () =>
        {
            using var services = scopes.CreateScope();
            var options = services.ServiceProvider.GetRequiredService<DbContextOptions<LupusDbContext>>();
            await using var db = new LupusDbContext(options, scope, clock);
            return await ReadAsync(db, clock, CancellationToken.None);
        }));
        // A failed read is not kept: the next request reads again.
        _ = entry.Value.ContinueWith(_ => _entries.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return entry;
    }

    private sealed class Entry(long dataVersion, Instant at, Task<T> value)
    {
        private int _refreshing;

        public long Version => dataVersion;

        public Instant At => at;

        public Task<T> Value => value;

        /// <summary>True for the one caller that may start the background refresh of this entry.</summary>
        public bool TryClaimRefresh() => Interlocked.Exchange(ref _refreshing, 1) == 0;
    }
}
