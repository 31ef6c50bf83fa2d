using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Persistence.Tests;

public sealed class BulkAuditTests
{
    private static readonly Guid Patient = Guid.Parse("0a1b2c3d-0000-4000-8000-000000000001");
    private static readonly Guid Site = Guid.Parse("0a1b2c3d-0000-4000-8000-0000000000aa");

    [Fact]
    public void Expand_RecordsWithAwkwardText_GiveEveryValueBackAsWritten()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, nameof(BulkAuditTests));
        using var db = database.Open(AccessScope.System);
        var visits = new[]
        {
            new Visit { Id = Guid.NewGuid(), PatientId = Patient, VisitDate = new LocalDate(2026, 1, 5), ConcomitantTreatments = "MMF\t2 g; HCQ\\200\nline\r", SledaiDescriptors = "" },
            new Visit { Id = Guid.NewGuid(), PatientId = Patient, VisitDate = new LocalDate(2026, 2, 5), ConcomitantTreatments = "none", Pga = 1.5m, ArthritisJointCount = 0 },
        };

        var entry = Assert.Single(new BulkAudit(db, AccessScope.System, database.Clock.GetCurrentInstant(), "import visits.csv").Inserted(visits, _ => Site));
        var records = BulkAudit.Expand(entry).ToList();

        Assert.Equal(visits.Select(v => v.Id), records.Select(r => r.EntityId));
        Assert.All(records, r => Assert.Equal((BulkAudit.WholeRecord, Patient, Site, "import visits.csv"), (r.Field, r.PatientId, r.SiteId, r.Reason)));
        Assert.Contains("ConcomitantTreatments=MMF\t2 g; HCQ\\200\nline\r; ", records[0].NewValue, StringComparison.Ordinal);
        Assert.Contains($"PatientId={Patient}; ", records[0].NewValue, StringComparison.Ordinal);
        Assert.Contains("; SledaiDescriptors=; ", records[0].NewValue, StringComparison.Ordinal);
        Assert.DoesNotContain("Pga=", records[0].NewValue, StringComparison.Ordinal);
        Assert.Contains("ArthritisJointCount=0; ", records[1].NewValue, StringComparison.Ordinal);
        Assert.Contains("Pga=1.5; ", records[1].NewValue, StringComparison.Ordinal);
        Assert.StartsWith("ArthritisJointCount=0; ConcomitantTreatments=none; ", records[1].NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_AnEntryInTheEarlierOneLinePerRecordForm_StillReadsBack()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(), Action = AuditAction.Insert, Entity = nameof(LabResult), EntityId = Patient, PatientId = Patient, SiteId = Site,
            Field = BulkAudit.RecordBatch, UserId = "system", UserName = "system", Reason = "import labs.csv",
            NewValue = $"{first} Analyte=C3; Unit=g/L; Value=0.7\n{second} Analyte=C4; Note=a\\\\b\\nc; Value=0.2",
        };

        var records = BulkAudit.Expand(entry).ToList();

        Assert.Equal([(first, "Analyte=C3; Unit=g/L; Value=0.7"), (second, "Analyte=C4; Note=a\\b\nc; Value=0.2")],
            records.Select(r => (r.EntityId, r.NewValue!)));
    }

    [Fact]
    public void Entries_LongRunsOfOnePatient_AreSplitBelowTheLargeObjectSize()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, nameof(BulkAuditTests));
        using var db = database.Open(AccessScope.System);
        var labs = Enumerable.Range(0, 2_000).Select(i => new LabResult
        {
            Id = Guid.NewGuid(), PatientId = Patient, Analyte = Analyte.C3, Unit = "g/L", Value = i, CollectionDate = new LocalDate(2020, 1, 1).PlusDays(i),
        }).ToList();

        var entries = new BulkAudit(db, AccessScope.System, database.Clock.GetCurrentInstant(), "import labs.csv").Inserted(labs, _ => Site).ToList();

        Assert.True(entries.Count > 1);
        Assert.All(entries, e => Assert.InRange(e.NewValue!.Length, 1, BulkAudit.EntryLength + 200));
        Assert.Equal(labs.Select(l => l.Id), entries.SelectMany(BulkAudit.Expand).Select(r => r.EntityId));
    }

    [Fact]
    public void Migrate_OnPostgres_CompressesAuditValuesWithLz4()
    {
        using var database = new TestDatabase(TestDatabases.Postgres, nameof(BulkAuditTests));
        using var db = database.Open(AccessScope.System);

        var methods = db.Database.SqlQuery<string>($"""
            SELECT attcompression::text AS "Value" FROM pg_attribute
            WHERE attrelid = '"AuditEntries"'::regclass AND attname IN ('OldValue', 'NewValue')
            """).ToList();

        Assert.Equal(["l", "l"], methods);
    }
}
