using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Application.Demo;

/// <summary>Writes the synthetic cohorts of <see cref="TrialDemo"/> into an empty registry database.</summary>
public static class DemoLoader
{
    /// <summary>Adds the demo sites and cohorts; false (nothing written) when the database already holds sites.</summary>
    public static async Task<bool> LoadAsync(LupusDbContext db, int seed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Sites.IgnoreQueryFilters().AnyAsync(ct))
        {
            return false;
        }

        var demo = TrialDemo.Create(seed);
        db.Sites.AddRange(demo.SiteA, demo.SiteB);
        db.AddRange(demo.Records);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }
}
