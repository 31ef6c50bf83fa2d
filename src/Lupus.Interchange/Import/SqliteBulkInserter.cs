using Lupus.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Lupus.Interchange.Import;

/// <summary>
/// One prepared INSERT per table, bound by column index straight through SQLite's C API and stepped once per row,
/// inside the import's transaction (the connection's open transaction covers every statement).
/// </summary>
internal sealed class SqliteBulkInserter(LupusDbContext db) : BulkInserter(db)
{
    private readonly Dictionary<Type, (sqlite3_stmt Statement, SqliteColumnSink Sink)> _statements = [];

    protected override void InsertRows<T>(IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var writer = WriterOf<T>();
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
        var (statement, sink) = StatementOf(writer, connection);
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
        }
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var (statement, _) in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        base.Dispose(disposing);
    }

    private (sqlite3_stmt, SqliteColumnSink) StatementOf<T>(RowWriter<T> writer, SqliteConnection connection)
        where T : class
    {
        if (!_statements.TryGetValue(typeof(T), out var prepared))
        {
            var parameters = string.Join(", ", writer.Columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var sql = $"INSERT INTO {writer.Table} ({string.Join(", ", writer.Columns)}) VALUES ({parameters})";
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement), connection);
            prepared = (statement, new SqliteColumnSink(statement));
            _statements[typeof(T)] = prepared;
        }

        return prepared;
    }

    private static void Check(int rc, SqliteConnection connection) => SqliteException.ThrowExceptionForRC(rc, connection.Handle);
}
