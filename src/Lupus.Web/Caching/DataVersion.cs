using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lupus.Web.Caching;

/// <summary>Counts the saves of this process, so figures cached from an earlier version are not shown after a change.</summary>
public sealed class DataVersion : SaveChangesInterceptor
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Interlocked.Increment(ref _value);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _value);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
