using System.Data.Common;

namespace Lupus.Web.Seed;

/// <summary>The one transaction of a load, begun at the first write and committed once at the end.</summary>
internal abstract class TransactionalWriter(DbConnection connection) : IBulkWriter
{
    protected DbTransaction? Transaction { get; private set; }

    public abstract Task WriteAsync(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, CancellationToken ct);

    public abstract Task AnalyseAsync(CancellationToken ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        if (Transaction is not null)
        {
            await Transaction.CommitAsync(ct);
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    /// <summary>Begins the load's transaction on the first call.</summary>
    protected async Task BeginOnceAsync(CancellationToken ct) => Transaction ??= await connection.BeginTransactionAsync(ct);
}
