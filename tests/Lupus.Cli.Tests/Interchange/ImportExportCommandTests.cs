using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Lupus.Cli.Tests.Interchange;

public sealed class ImportExportCommandTests
{
    private static string ExampleSet => Path.Combine(AppContext.BaseDirectory, "examples", "interchange");

    [Fact]
    public void Import_ThenExport_WritesTheSixTables()
    {
        using var registry = new CliRegistry();
        using var dir = new TempDirectory();
        var files = Directory.GetFiles(ExampleSet, "*.csv");

        var import = CliRun.Of(["import", "--db", registry.File, "--format", "csv", .. files]);
        var export = CliRun.Of("export", "--db", registry.File, "--format", "csv", "--out", dir.Path);

        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        Assert.Contains("imported 25 rows: 25 inserted, 0 updated, 0 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(6, Directory.GetFiles(dir.Path, "*.csv").Length);
        Assert.Contains("Mei Ling", System.IO.File.ReadAllText(Path.Combine(dir.Path, "patients.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadRows_ExitsTwoWithEveryErrorLocated()
    {
        using var registry = new CliRegistry();
        using var dir = new TempDirectory();
        var labs = dir.File("labs.csv", "site_code,study_id,collection_date,analyte,value,unit,lower_limit,upper_limit\n" +
            "NUH,NUH-001,2026-01-01,C3,1,g/L,,\nXYZ,X-1,2026-01-01,C3,1,kg,,\n");

        var run = CliRun.Of("import", "--db", registry.File, "--format", "csv", labs);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{labs}:3:unit: unit 'kg' is not allowed for C3", run.Error, StringComparison.Ordinal);
        Assert.Contains("errors; nothing was imported", run.Error, StringComparison.Ordinal);
        using var db = registry.Open();
        Assert.Equal(0, db.LabResults.Count());
    }

    [Fact]
    public void Export_StatisticianWithoutDeidentify_IsRefused_WithDeidentify_HasNoIdentifiers()
    {
        using var registry = new CliRegistry();
        using var dir = new TempDirectory();
        CliRun.Of(["import", "--db", registry.File, "--format", "csv", .. Directory.GetFiles(ExampleSet, "*.csv")]);

        var refused = CliRun.Of("export", "--db", registry.File, "--format", "csv", "--as", CliRegistry.Statistician, "--out", dir.Path);
        var allowed = CliRun.Of("export", "--db", registry.File, "--format", "csv", "--deidentify", "--as", CliRegistry.Statistician, "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("may export de-identified data only", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        var patients = System.IO.File.ReadAllText(Path.Combine(dir.Path, "patients.csv"));
        Assert.DoesNotContain("Tan", patients, StringComparison.Ordinal);
        Assert.DoesNotContain("NUH-001", patients, StringComparison.Ordinal);
        Assert.DoesNotContain("RLC", patients, StringComparison.Ordinal);
    }

    [Fact]
    public void Fhir_ExportThenImportIntoAnEmptyRegistry_ReproducesTheTables()
    {
        using var source = new CliRegistry();
        using var copy = new CliRegistry();
        using var bundle = new TempDirectory();
        using var before = new TempDirectory();
        using var after = new TempDirectory();
        CliRun.Of(["import", "--db", source.File, "--format", "csv", .. Directory.GetFiles(ExampleSet, "*.csv")]);

        var exported = CliRun.Of("export", "--db", source.File, "--format", "fhir", "--out", bundle.Path);
        var imported = CliRun.Of(["import", "--db", copy.File, "--format", "fhir", .. Directory.GetFiles(bundle.Path, "*.json")]);
        CliRun.Of("export", "--db", source.File, "--format", "csv", "--out", before.Path);
        CliRun.Of("export", "--db", copy.File, "--format", "csv", "--out", after.Path);

        Assert.Equal((0, 0, ""), (exported.ExitCode, imported.ExitCode, imported.Error));
        Assert.Contains("imported 25 rows: 25 inserted", imported.Output, StringComparison.Ordinal);
        foreach (var table in Directory.GetFiles(before.Path, "*.csv"))
        {
            Assert.Equal(System.IO.File.ReadAllText(table), System.IO.File.ReadAllText(Path.Combine(after.Path, Path.GetFileName(table))));
        }
    }

    [Fact]
    public void Import_KilledWhileWriting_LeavesTheDatabaseIntactAndWithoutTheImport()
    {
        using var registry = new CliRegistry();
        using var dir = new TempDirectory();

        KillWhileWriting(registry.File, dir);

        using var connection = new SqliteConnection($"Data Source={registry.File}");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM Patients"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM LabResults"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM AuditEntries"));
        AssertAnotherImportSucceeds(registry.File);
    }

    [Fact]
    public void Import_KilledWhileWritingToPostgres_LeavesTheDatabaseIntactAndWithoutTheImport()
    {
        using var registry = new CliPostgresRegistry();
        using var dir = new TempDirectory();

        KillWhileWriting(registry.Database, dir);

        using (var db = registry.Open())
        {
            Assert.Equal((0, 0, 0, 0), (db.Patients.Count(), db.PatientIdentities.Count(), db.LabResults.Count(), db.AuditEntries.Count()));
            Assert.Equal(2, db.Sites.Count());
        }

        AssertAnotherImportSucceeds(registry.Database);
    }

    [Fact]
    public void Import_WhileAnotherWriterHoldsTheDatabase_FailsCleanlyAndWritesNothing()
    {
        using var registry = new CliRegistry();
        using var other = new SqliteConnection($"Data Source={registry.File}");
        other.Open();
        using var writing = other.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock an import holds

        var run = CliRun.Of(["import", "--db", registry.File, "--format", "csv", "--wait", "1", .. Directory.GetFiles(ExampleSet, "*.csv")]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("lupus: error: another import is writing to this database; nothing was written", run.Error.Trim());
        writing.Rollback();
        Assert.Equal(0L, Scalar(other, "SELECT count(*) FROM Patients"));
        Assert.Equal(0L, Scalar(other, "SELECT count(*) FROM AuditEntries"));
    }

    /// <summary>Starts <c>lupus import</c> of a large lab table as its own process and kills it (SIGKILL) once it reports writing.</summary>
    private static void KillWhileWriting(string database, TempDirectory dir)
    {
        var (patients, labs) = LargeImport(dir, patientCount: 500, rows: 500_000);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "lupus.dll"), "import", "--db", database, "--format", "csv", patients, labs })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        string? line;
        var writing = false;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith("writing", StringComparison.Ordinal))
            {
                writing = true;
                process.Kill(); // SIGKILL on Unix
                break;
            }
        }

        process.WaitForExit();
        Assert.True(writing, "the import finished or failed before it was seen writing: " + process.StandardError.ReadToEnd());
    }

    /// <summary>The killed import left no lock or half-written state behind: the example set imports in full.</summary>
    private static void AssertAnotherImportSucceeds(string database)
    {
        var run = CliRun.Of(["import", "--db", database, "--format", "csv", .. Directory.GetFiles(ExampleSet, "*.csv")]);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("imported 25 rows: 25 inserted, 0 updated, 0 unchanged", run.Output, StringComparison.Ordinal);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static (string Patients, string Labs) LargeImport(TempDirectory dir, int patientCount, int rows)
    {
        var patients = new StringBuilder("site_code,study_id,sex,birth_date,ethnicity,diagnosis_date,classification_criteria,nephritis_class,consent_date\n");
        var labs = new StringBuilder("site_code,study_id,collection_date,analyte,value,unit,lower_limit,upper_limit\n");
        for (var p = 0; p < patientCount; p++)
        {
            patients.Append(CultureInfo.InvariantCulture, $"NUH,K-{p:D4},Female,1990-01-01,,2015-01-01,EularAcr2019,IV,2020-01-01\n");
        }

        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var (p, d) = (i % patientCount, i / patientCount);
            labs.Append(CultureInfo.InvariantCulture, $"NUH,K-{p:D4},{day.AddDays(d):yyyy-MM-dd},C3,{0.5 + i % 100 / 100.0:0.00},g/L,,\n");
        }

        return (dir.File("patients.csv", patients.ToString()), dir.File("labs.csv", labs.ToString()));
    }
}
