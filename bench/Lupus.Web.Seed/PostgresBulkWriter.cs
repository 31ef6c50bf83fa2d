using Npgsql;

namespace Lupus.Web.Seed;

/// <summary>Binary COPY per table, then VACUUM ANALYZE so the planner (and index-only scans) see the new rows.</summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : TransactionalWriter(connection)
{
    public override async Task WriteAsync(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        // COPY joins the connection's open transaction.
        await BeginOnceAsync(ct);
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        // Index maintenance for millions of rows outlasts the default 30-second command timeout.
        importer.Timeout = TimeSpan.FromHours(1);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                if (row[i] is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(row[i], columns[i].PostgresType, ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    public override async Task AnalyseAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("VACUUM ANALYZE;", connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
