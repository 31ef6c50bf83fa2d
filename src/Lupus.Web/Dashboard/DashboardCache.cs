using Lupus.Persistence;
using Lupus.Web.Caching;
using NodaTime;

namespace Lupus.Web.Dashboard;

/// <summary>Dashboard figures per set of sites, shared by every request (see <see cref="ScopeCache{T}"/>).</summary>
public sealed class DashboardCache(DataVersion version, IClock clock, IServiceScopeFactory scopes)
    : ScopeCache<DashboardFigures>(version, clock, scopes)
{
    protected override Task<DashboardFigures> ReadAsync(LupusDbContext db, IClock clock, CancellationToken ct) =>
        DashboardQuery.ReadAsync(db, clock, ct);
}
