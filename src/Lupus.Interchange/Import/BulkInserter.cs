using Lupus.Persistence;

namespace Lupus.Interchange.Import;

/// <summary>
/// Inserts many new rows of one entity type inside the context's current transaction, bypassing the change
/// tracker: prepared statements on SQLite, binary COPY on PostgreSQL. Columns, names and value conversions come
/// from the EF Core model (<see cref="RowWriter{T}"/>), so the rows are stored exactly as a normal save would store them.
/// </summary>
internal abstract class BulkInserter
{
    public static BulkInserter For(LupusDbContext db) =>
        db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal) ? new PostgresBulkInserter(db) : new SqliteBulkInserter(db);

    /// <summary>Inserts <paramref name="rows"/>; calls <paramref name="onRow"/> after each one (for progress).</summary>
    public abstract void Insert<T>(IEnumerable<T> rows, Action onRow, CancellationToken cancellationToken)
        where T : class;
}
