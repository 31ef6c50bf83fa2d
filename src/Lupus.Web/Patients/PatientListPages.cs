using System.Collections.Concurrent;

namespace Lupus.Web.Patients;

/// <summary>
/// The unsearched patient list of one set of sites: how many patients, and the study id each page starts with, in the
/// database's own order of study ids (its collation), so a page is read by seeking to its first study id. Pages once
/// read are kept with it, so they live exactly as long as the count they were paged by (a save in this process, a new
/// day or <see cref="Caching.ScopeCache{T}.MaxAge"/> replaces the whole value).
/// </summary>
/// <param name="Total">Visible patients.</param>
/// <param name="PageStarts">First study id of page 1, 2, … (every <see cref="PatientService.PageSize"/>th).</param>
public sealed record PatientListPages(int Total, IReadOnlyList<string> PageStarts)
{
    /// <summary>Pages kept per value; further pages are read on every request.</summary>
    public const int MaxKeptPages = 256;

    // Keyed by page and whether identities are hidden: a statistician and a monitor of the same sites share the
    // count, never the rows.
    // Lazy: when two requests race for a new page, only the stored one reads (a discarded read would run on after its
    // request's context was disposed).
    private readonly ConcurrentDictionary<(int Page, bool DeIdentified), Lazy<Task<IReadOnlyList<PatientView>>>> _pages = new();

    /// <summary>
    /// The rows of <paramref name="page"/>, read by <paramref name="read"/> once and then shared. The read must not
    /// depend on the caller's request (it may be awaited by others): a failed read is dropped, not kept.
    /// </summary>
    public Task<IReadOnlyList<PatientView>> GetPageAsync(int page, bool deIdentified, Func<Task<IReadOnlyList<PatientView>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var key = (page, deIdentified);
        if (_pages.TryGetValue(key, out var kept))
        {
            return kept.Value;
        }

        if (_pages.Count >= MaxKeptPages)
        {
            return read();
        }

        var entry = _pages.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<PatientView>>>(read));
        var started = entry.Value;
        _ = started.ContinueWith(_ => _pages.TryRemove(KeyValuePair.Create(key, entry)), CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return started;
    }
}
