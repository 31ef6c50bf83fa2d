using System.Globalization;
using System.Text;
using Lupus.Interchange.Csv;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lupus.Interchange.Tests;

/// <summary>Imports read, checked and written a few rows at a time (<see cref="CsvDatasetReader.ReadInParts"/>).</summary>
public sealed class PartedImportTests
{
    private const string LabsHeader = "site_code,study_id,collection_date,analyte,value,unit,lower_limit,upper_limit\n";

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_InPartsOfTwoRows_StoresAndAuditsWhatAWholeImportDoes(string provider)
    {
        using var whole = new Registry(provider);
        CsvRoundTripTests.Import(whole, Examples.CsvSet);
        using var parted = new Registry(provider);

        var result = Import(parted, Examples.CsvSet, rowsPerPart: 2);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(whole.Counts() with { Audit = 0 }, parted.Counts() with { Audit = 0 });
        var exported = CsvRoundTripTests.Export(whole);
        var again = CsvRoundTripTests.Export(parted);
        foreach (var file in Directory.GetFiles(exported))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(again, Path.GetFileName(file))));
        }

        Assert.Equal(InsertedValues(whole), InsertedValues(parted));
    }

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_CheckErrorsInALaterPart_AreAllReportedAndNothingIsWritten(string provider)
    {
        using var registry = new Registry(provider);
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var before = registry.Counts();
        var labs = Write(Examples.Scratch(), "labs.csv", LabsHeader + Labs("NUH-001", 20) +
            "NUH,NUH-001,2029-01-01,C3,0.8,g/L,,\n" +
            "NUH,NUH-001,2030-01-02,C4,0.2,mg/L,,\n");

        var result = Import(registry, [labs], rowsPerPart: 3);

        var errors = string.Join(Environment.NewLine, result.Errors);
        Assert.Contains($"{labs}:22: duplicate key NUH/NUH-001 C3 on 2029-01-01: already on row 2", errors);
        Assert.Contains($"{labs}:23:unit: unit 'mg/L' is not allowed for C4", errors);
        Assert.Equal(before, registry.Counts());
    }

    [Fact]
    public void Import_ReadErrorsInSeveralParts_AreAllReportedAndNothingIsWritten()
    {
        using var registry = new Registry();
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var before = registry.Counts();
        var labs = Write(Examples.Scratch(), "labs.csv", LabsHeader +
            "NUH,NUH-001,2030-02-30,C3,0.8,g/L,,\n" + Labs("NUH-001", 30) + "NUH,NUH-001,2031-01-01,C3,x,g/L,,\n");

        var result = Import(registry, [labs], rowsPerPart: 4);

        Assert.Equal([$"{labs}:2:collection_date: '2030-02-30' is not a date (yyyy-mm-dd)", $"{labs}:33:value: 'x' is not a number"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(before, registry.Counts());
    }

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_KeyRepeatedInALaterFile_UpdatesTheRecordTheEarlierFileCreated(string provider)
    {
        using var registry = new Registry(provider);
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var first = Write(Examples.Scratch(), "labs.csv", LabsHeader + "NUH,NUH-001,2030-01-01,C3,0.8,g/L,,\n");
        var second = Write(Examples.Scratch(), "labs.csv", LabsHeader + Labs("NUH-002", 5) + "NUH,NUH-001,2030-01-01,C3,0.9,g/L,,\n");

        var result = Import(registry, [first, second], rowsPerPart: 2);

        Assert.Equal((6, 1, 0), (result.Inserted, result.Updated, result.Unchanged));
        using var db = registry.Open(AccessScope.System);
        var lab = db.LabResults.Single(l => l.CollectionDate == new NodaTime.LocalDate(2030, 1, 1) && l.Value == 0.9m);
        var update = Assert.Single(db.AuditEntries.Where(a => a.EntityId == lab.Id && a.Action == AuditAction.Update));
        Assert.Equal("Value", update.Field);
        Assert.Contains(second, update.Reason, StringComparison.Ordinal);
        var insert = Assert.Single(db.AuditEntries.Where(a => a.PatientId == lab.PatientId).AsEnumerable().SelectMany(BulkAudit.Expand),
            a => a.EntityId == lab.Id && a.Action == AuditAction.Insert);
        Assert.Contains("Value=0.8", insert.NewValue, StringComparison.Ordinal);
        Assert.Equal("import " + first, insert.Reason);
    }

    [Fact]
    public void Import_LabsSortedByDate_AreAuditedPerPatientNotPerRecord()
    {
        using var registry = new Registry();
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var rows = new StringBuilder(LabsHeader);
        for (var day = 1; day <= 10; day++)
        {
            foreach (var patient in new[] { "NUH-001", "NUH-002" })
            {
                rows.Append(CultureInfo.InvariantCulture, $"NUH,{patient},2030-01-{day:D2},Platelets,{200 + day},10*9/L,,\n");
            }
        }

        using var db = registry.Open(AccessScope.System);
        var auditBefore = db.AuditEntries.Count();
        var result = Import(registry, [Write(Examples.Scratch(), "labs.csv", rows.ToString())], rowsPerPart: 100);

        Assert.Equal(20, result.Inserted);
        Assert.Equal(2, db.AuditEntries.Count() - auditBefore);
    }

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_WhileItRuns_TheStoredPatientsItWritesToCannotBeDeleted(string provider)
    {
        using var registry = new Registry(provider);
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var labs = Write(Examples.Scratch(), "labs.csv", LabsHeader + Labs("NUH-001", 50));
        Guid patient;
        using (var db = registry.Open(AccessScope.System))
        {
            patient = db.Patients.Single(p => p.StudyId == "NUH-001").Id;
        }

        using (var paused = new PausedImport(registry, () => CsvDatasetReader.ReadInParts([labs], 8)))
        {
            Assert.False(TryDelete(registry, patient), "a patient the running import writes to was deleted");
            paused.Finish();
        }

        Assert.True(TryDelete(registry, patient), "the patient could not be deleted once the import was done");
    }

    [Fact]
    public void Import_OnPostgres_ChecksTheRecordsPatientsItselfWhereTheRoleMay()
    {
        using var privileged = new Registry(Registry.Postgres);
        using var plain = new Registry(Registry.Postgres, Registry.UnprivilegedServer);

        Assert.True(TakesReferencesOver(privileged), "LUPUS_PG's role may set session_replication_role (scripts/pg-up.sh grants it)");
        Assert.False(TakesReferencesOver(plain));
    }

    [Fact]
    public void Import_OnPostgresWithoutTheRight_TheForeignKeysCheckEveryRow()
    {
        using var registry = new Registry(Registry.Postgres, Registry.UnprivilegedServer);
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var labs = Write(Examples.Scratch(), "labs.csv", LabsHeader + Labs("NUH-001", 40));

        var result = Import(registry, [labs], rowsPerPart: 7);

        Assert.Equal(40, result.Inserted);
        using var db = registry.Open(AccessScope.System);
        Assert.Equal(40, db.LabResults.AsEnumerable().Count(l => l.CollectionDate.Year == 2029));
    }

    private static ImportResult Import(Registry registry, IReadOnlyList<string> files, int rowsPerPart)
    {
        using var db = registry.Open(AccessScope.System);
        return new DatasetImporter(db, registry.Clock).Import(CsvDatasetReader.ReadInParts(files, rowsPerPart), null);
    }

    /// <summary>C3 results of one NUH patient on consecutive days of 2029, <paramref name="count"/> rows.</summary>
    private static string Labs(string studyId, int count)
    {
        var text = new StringBuilder();
        var day = new DateOnly(2029, 1, 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"NUH,{studyId},{day.AddDays(i):yyyy-MM-dd},C3,{0.5m + (i % 10 / 10m)},g/L,,\n");
        }

        return text.ToString();
    }

    /// <summary>Every inserted record's audited values, with study ids and site codes for the ids, in order.</summary>
    private static List<string> InsertedValues(Registry registry)
    {
        using var db = registry.Open(AccessScope.System);
        var names = db.Patients.ToDictionary(p => p.Id.ToString(), p => p.StudyId);
        names[registry.Nuh.Id.ToString()] = "NUH";
        names[registry.Rlc.Id.ToString()] = "RLC";
        return [.. db.AuditEntries.Where(a => a.Action == AuditAction.Insert).AsEnumerable().SelectMany(BulkAudit.Expand)
            .Select(a => a.Entity + ": " + names.Aggregate(a.NewValue ?? "", (text, id) => text.Replace(id.Key, id.Value, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    private static bool TakesReferencesOver(Registry registry)
    {
        using var db = registry.Open(AccessScope.System);
        db.Database.OpenConnection();
        using var transaction = db.Database.BeginTransaction();
        var references = PatientReferences.For(db);
        references.TakeOver();
        return references.TakenOver;
    }

    /// <summary>Deletes the patient from another connection, giving up at once when it is locked.</summary>
    private static bool TryDelete(Registry registry, Guid patient)
    {
        using var db = registry.Open(AccessScope.System);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        try
        {
            if (connection is NpgsqlConnection)
            {
                command.CommandText = "SET lock_timeout = '500ms'";
                command.ExecuteNonQuery();
                command.CommandText = """DELETE FROM "Patients" WHERE "Id" = @id""";
                command.Parameters.Add(new NpgsqlParameter("id", patient));
            }
            else
            {
                command.CommandTimeout = 1; // Microsoft.Data.Sqlite retries a busy database for this long
                command.CommandText = """DELETE FROM "Patients" WHERE "Id" = $id""";
                command.Parameters.Add(new SqliteParameter("$id", patient.ToString().ToUpperInvariant()));
            }

            return command.ExecuteNonQuery() == 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
