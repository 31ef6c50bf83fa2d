using Lupus.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Lupus.Interchange.Import;

/// <summary>
/// One prepared INSERT per table, bound by column index straight through SQLite's C API and stepped once per row,
/// inside the import's transaction (the connection's open transaction covers every statement).
/// </summary>
internal sealed class SqliteBulkInserter(LupusDbContext db) : BulkInserter
{
    public override void Insert<T>(IEnumerable<T> rows, Action onRow, CancellationToken cancellationToken)
    {
        var writer = RowWriter<T>.For(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var parameters = string.Join(", ", writer.Columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"INSERT INTO {writer.Table} ({string.Join(", ", writer.Columns)}) VALUES ({parameters})";
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement), connection);
        using (statement)
        {
            var sink = new SqliteColumnSink(statement);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Write(row, sink);
                var step = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Check(step, connection);
                }

                onRow();
            }
        }
    }

    private static void Check(int rc, SqliteConnection connection) => SqliteException.ThrowExceptionForRC(rc, connection.Handle);
}
