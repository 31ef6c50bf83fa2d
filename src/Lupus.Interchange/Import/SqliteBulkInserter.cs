using Lupus.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lupus.Interchange.Import;

/// <summary>One prepared INSERT per table, re-bound for every row, inside the import's transaction.</summary>
internal sealed class SqliteBulkInserter(LupusDbContext db) : BulkInserter
{
    public override void Insert<T>(IEnumerable<T> rows, Action onRow, CancellationToken cancellationToken)
    {
        var shape = Shape<T>(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var names = shape.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = $"INSERT INTO {shape.Table} ({string.Join(", ", shape.Columns)}) VALUES ({string.Join(", ", names)})";
        var parameters = new System.Data.Common.DbParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = shape.Mappings[i].CreateParameter(command, names[i], null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = shape.Value(row, i) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            onRow();
        }
    }
}
