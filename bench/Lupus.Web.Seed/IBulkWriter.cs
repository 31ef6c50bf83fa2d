namespace Lupus.Web.Seed;

/// <summary>Appends rows to one table as fast as the provider allows (no change tracker, no per-row round trip).</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    /// <summary>Writes <paramref name="rows"/>; each row holds one value per column, in <paramref name="columns"/> order.</summary>
    Task WriteAsync(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, CancellationToken ct);

    /// <summary>Commits every table written so far in one transaction (a failed load leaves nothing behind).</summary>
    Task CommitAsync(CancellationToken ct);

    /// <summary>Refreshes planner statistics after the load.</summary>
    Task AnalyseAsync(CancellationToken ct);
}
