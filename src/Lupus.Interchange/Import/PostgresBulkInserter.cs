using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lupus.Interchange.Import;

/// <summary>Binary COPY into the table, values written typed; the connection's open transaction covers it.</summary>
internal sealed class PostgresBulkInserter(LupusDbContext db) : BulkInserter(db)
{
    protected override void InsertRows<T>(IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var writer = WriterOf<T>();
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        using var importer = connection.BeginBinaryImport($"COPY {writer.Table} ({string.Join(", ", writer.Columns)}) FROM STDIN (FORMAT BINARY)");
        var sink = new PostgresColumnSink(importer, writer.StoreTypes);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            writer.Write(row, sink);
        }

        importer.Complete();
    }
}
