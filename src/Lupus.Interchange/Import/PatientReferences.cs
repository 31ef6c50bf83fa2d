using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lupus.Interchange.Import;

/// <summary>
/// Who checks that every bulk-inserted record's patient exists. By default the database, per row, through the
/// records' foreign keys. On PostgreSQL an import may take the check over (<see cref="TakeOver"/>): every patient id
/// it writes is a patient it created in its own transaction or a stored patient it has locked against deletion
/// (<see cref="Hold"/>), which is what the foreign key's per-row check establishes, once per patient instead of once
/// per row (about half the server's work for a large lab table, bench/interchange/results.md).
/// </summary>
internal abstract class PatientReferences
{
    /// <summary>Whether the import checks the references itself (and must <see cref="Hold"/> the stored patients).</summary>
    public bool TakenOver { get; protected set; }

    public static PatientReferences For(LupusDbContext db) =>
        db.Database.GetDbConnection() is NpgsqlConnection postgres ? new Postgres(postgres) : new Database();

    /// <summary>Takes the reference checks over for the record tables' bulk inserts, where the database allows it.</summary>
    public abstract void TakeOver();

    /// <summary>Locks stored patients against deletion until the commit; throws when one of them is gone.</summary>
    public abstract void Hold(IReadOnlyCollection<Guid> patients);

    /// <summary>Hands the checks back to the database, for the saves that follow the bulk inserts.</summary>
    public abstract void Restore();

    /// <summary>The foreign keys check every row (SQLite: cheap, and the import's write lock keeps patients from being deleted).</summary>
    private sealed class Database : PatientReferences
    {
        public override void TakeOver()
        {
        }

        public override void Hold(IReadOnlyCollection<Guid> patients)
        {
        }

        public override void Restore()
        {
        }
    }

    /// <summary>
    /// PostgreSQL: the foreign keys' triggers are skipped in the <c>replica</c> session replication role, which the
    /// import sets for its own transaction only (<c>SET LOCAL</c>) when the role may (a superuser, or granted
    /// <c>SET ON PARAMETER session_replication_role</c>); otherwise the database keeps checking. The stored patients
    /// are locked <c>FOR KEY SHARE</c>, the lock the foreign key's check takes, so none can be deleted before the commit.
    /// </summary>
    private sealed class Postgres(NpgsqlConnection connection) : PatientReferences
    {
        private const string InsufficientPrivilege = "42501";

        public override void TakeOver()
        {
            Execute("SAVEPOINT lupus_patient_references");
            try
            {
                Execute("SET LOCAL session_replication_role = replica");
                Execute("RELEASE SAVEPOINT lupus_patient_references");
                TakenOver = true;
            }
            catch (PostgresException e) when (e.SqlState == InsufficientPrivilege)
            {
                Execute("ROLLBACK TO SAVEPOINT lupus_patient_references");
            }
        }

        public override void Hold(IReadOnlyCollection<Guid> patients)
        {
            if (!TakenOver || patients.Count == 0)
            {
                return;
            }

            using var command = connection.CreateCommand();
            command.CommandText = """SELECT count(*) FROM (SELECT 1 FROM "Patients" WHERE "Id" = ANY(@ids) FOR KEY SHARE) AS held""";
            command.Parameters.AddWithValue("ids", patients.ToArray());
            if ((long)command.ExecuteScalar()! != patients.Count)
            {
                throw new ImportConflictException("a patient this import writes to was deleted while it ran; nothing was written");
            }
        }

        public override void Restore()
        {
            if (TakenOver)
            {
                Execute("SET LOCAL session_replication_role = origin");
                TakenOver = false;
            }
        }

        private void Execute(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
