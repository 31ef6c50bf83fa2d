using System.Diagnostics;
using Lupus.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lupus.Interchange.Import;

/// <summary>
/// Opens the import's transaction holding the database's import lock, before anything is read, so that two imports
/// never check against the same state and then both write. SQLite: <c>BEGIN IMMEDIATE</c> (the write lock, waiting
/// while another writer holds it). PostgreSQL: a transaction-scoped advisory lock every importer takes.
/// Either waits up to <c>wait</c>, then throws <see cref="ImportConflictException"/> with nothing written.
/// </summary>
internal static class ImportLock
{
    // One key shared by every importer of a database: the ASCII of "lupusimp".
    private const long AdvisoryKey = 0x6C75707573696D70;
    private const string ImportCacheSize = "PRAGMA cache_size = -16384"; // KiB: 64 MiB
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static IDbContextTransaction Begin(LupusDbContext db, TimeSpan wait)
    {
        db.Database.OpenConnection();
        return db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => BeginSqlite(db, sqlite, wait),
            NpgsqlConnection postgres => BeginPostgres(db, postgres, wait),
            _ => db.Database.BeginTransaction(),
        };
    }

    private static IDbContextTransaction BeginSqlite(LupusDbContext db, SqliteConnection connection, TimeSpan wait)
    {
        var before = connection.DefaultTimeout;
        connection.DefaultTimeout = (int)Math.Ceiling(wait.TotalSeconds);
        try
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for a deferred transaction, retrying while busy.
            var transaction = db.Database.BeginTransaction();
            // A page cache large enough for the import's indexes keeps SQLite from spilling pages to the WAL mid-way;
            // durability is unchanged (the WAL is still synced at commit).
            // It stays with this connection, which the CLI closes on exit.
            using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
            command.CommandText = ImportCacheSize;
            command.ExecuteNonQuery();
            return transaction;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new ImportConflictException(ImportConflictException.AnotherImport, e);
        }
        finally
        {
            connection.DefaultTimeout = before;
        }
    }

    private static IDbContextTransaction BeginPostgres(LupusDbContext db, NpgsqlConnection connection, TimeSpan wait)
    {
        var transaction = db.Database.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_xact_lock(@key)";
        command.Parameters.AddWithValue("key", AdvisoryKey);
        var waited = Stopwatch.StartNew();
        while (!(bool)command.ExecuteScalar()!)
        {
            if (waited.Elapsed >= wait)
            {
                transaction.Dispose();
                throw new ImportConflictException();
            }

            Thread.Sleep(Poll);
        }

        return transaction;
    }
}
