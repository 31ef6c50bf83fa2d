using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Lupus.Testing;

/// <summary>Drops a test's database, waiting out PostgreSQL's autovacuum where it holds the database.</summary>
/// <remarks>Compiled into each test project that creates databases (linked from tests/Shared).</remarks>
internal static class DatabaseDrop
{
    private const int Attempts = 20;

    public static void EnsureDeleted(DatabaseFacade database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                database.EnsureDeleted();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < Attempts)
            {
                // PostgreSQL 15's DROP DATABASE ... WITH (FORCE) refuses to end an autovacuum worker analysing the
                // fresh tables (the worker has no login role the test's role is a member of); the worker is soon done.
                Thread.Sleep(250);
            }
        }
    }
}
