using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lupus.Interchange.Import;

/// <summary>Binary COPY into the table; the connection's open transaction covers it.</summary>
internal sealed class PostgresBulkInserter(LupusDbContext db) : BulkInserter
{
    public override void Insert<T>(IEnumerable<T> rows, Action onRow, CancellationToken cancellationToken)
    {
        var shape = Shape<T>(db);
        var types = shape.Mappings.Select(m => m.StoreTypeNameBase).ToArray();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var importer = connection.BeginBinaryImport($"COPY {shape.Table} ({string.Join(", ", shape.Columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            for (var i = 0; i < types.Length; i++)
            {
                if (shape.Value(row, i) is { } value)
                {
                    importer.Write(value, types[i]);
                }
                else
                {
                    importer.WriteNull();
                }
            }

            onRow();
        }

        importer.Complete();
    }
}
