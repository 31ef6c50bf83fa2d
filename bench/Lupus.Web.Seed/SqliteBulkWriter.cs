using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lupus.Web.Seed;

/// <summary>
/// One transaction per table and one prepared INSERT reused for every row, with values in the text forms EF Core's
/// SQLite provider writes (upper-case GUIDs, ISO dates, invariant decimals).
/// </summary>
internal sealed class SqliteBulkWriter(SqliteConnection connection) : TransactionalWriter(connection)
{
    public override async Task WriteAsync(string table, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        if (Transaction is null)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        await BeginOnceAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)Transaction!;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(row[i]);
            }

            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task AnalyseAsync(CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}
