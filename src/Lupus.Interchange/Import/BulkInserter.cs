using Lupus.Persistence;

namespace Lupus.Interchange.Import;

/// <summary>
/// Inserts many new rows of one entity type inside the context's current transaction, bypassing the change
/// tracker: prepared statements on SQLite, binary COPY on PostgreSQL. Columns, names and value conversions come
/// from the EF Core model (<see cref="RowWriter{T}"/>), so the rows are stored exactly as a normal save would store them.
/// The writers (and SQLite's statements) are made once per entity type and kept until the inserter is disposed.
/// </summary>
internal abstract class BulkInserter(LupusDbContext db) : IDisposable
{
    private readonly Dictionary<Type, object> _writers = [];

    protected LupusDbContext Db => db;

    public static BulkInserter For(LupusDbContext db) =>
        db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal) ? new PostgresBulkInserter(db) : new SqliteBulkInserter(db);

    /// <summary>Inserts <paramref name="rows"/>.</summary>
    public void Insert<T>(IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows is ICollection<T> { Count: 0 })
        {
            return; // a part without rows of this table: no statement, no COPY round trip
        }

        InsertRows(rows, cancellationToken);
    }

    protected abstract void InsertRows<T>(IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected RowWriter<T> WriterOf<T>()
        where T : class
    {
        if (!_writers.TryGetValue(typeof(T), out var writer))
        {
            writer = RowWriter<T>.For(db);
            _writers[typeof(T)] = writer;
        }

        return (RowWriter<T>)writer;
    }
}
