using Lupus.Interchange.Csv;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;

namespace Lupus.Interchange.Tests;

/// <summary>Two imports into one database: the second waits for the first or fails cleanly, never half-writes.</summary>
public sealed class ConcurrentImportTests
{
    private static readonly TimeSpan Patience = PausedImport.Patience;

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_WhileAnotherImportWrites_FailsWithAClearMessageAndWritesNothing(string provider)
    {
        using var registry = new Registry(provider);
        using var holder = new PausedImport(registry, () => [CsvDatasetReader.Read(Examples.CsvSet)]);

        using (var db = registry.Open(AccessScope.System))
        {
            var second = new DatasetImporter(db, registry.Clock) { LockWait = TimeSpan.FromSeconds(1) };
            var e = Assert.Throws<ImportConflictException>(() => second.Import(CsvDatasetReader.Read(Examples.CsvSet), null, TestContext.Current.CancellationToken));
            Assert.Equal("another import is writing to this database; nothing was written", e.Message);
        }

        var first = holder.Finish();
        Assert.Equal((25, 0), (first.Inserted, first.Updated));
        var afterFirst = registry.Counts();
        Assert.Equal(25, afterFirst.Patients + afterFirst.Visits + afterFirst.Labs + afterFirst.Infusions + afterFirst.Events + afterFirst.Panels);
        var again = CsvRoundTripTests.Import(registry, Examples.CsvSet);
        Assert.Equal((0, 0, 25), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(afterFirst, registry.Counts());
    }

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public async Task Import_WaitingForAnotherImport_ProceedsAfterItsCommitAndSeesItsRows(string provider)
    {
        using var registry = new Registry(provider);
        using var holder = new PausedImport(registry, () => [CsvDatasetReader.Read(Examples.CsvSet)]);

        var cancel = TestContext.Current.CancellationToken;
        var second = Task.Run(
            () =>
            {
                using var db = registry.Open(AccessScope.System);
                return new DatasetImporter(db, registry.Clock) { LockWait = Patience }.Import(CsvDatasetReader.Read(Examples.CsvSet), null, cancel);
            }, cancel);
        await Task.Delay(500, cancel);
        Assert.False(second.IsCompleted, "the second import did not wait for the first");
        holder.Finish();

        var result = await second.WaitAsync(Patience, cancel);
        Assert.Equal((0, 0, 25), (result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal(25, registry.Counts().Patients + registry.Counts().Labs + registry.Counts().Visits + registry.Counts().Infusions
            + registry.Counts().Events + registry.Counts().Panels);
    }
}
