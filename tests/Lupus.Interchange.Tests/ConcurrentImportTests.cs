using Lupus.Interchange.Csv;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;

namespace Lupus.Interchange.Tests;

/// <summary>Two imports into one database: the second waits for the first or fails cleanly, never half-writes.</summary>
public sealed class ConcurrentImportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Registry.Providers), MemberType = typeof(Registry))]
    public void Import_WhileAnotherImportWrites_FailsWithAClearMessageAndWritesNothing(string provider)
    {
        using var registry = new Registry(provider);
        using var holder = new HeldImport(registry);

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
        using var holder = new HeldImport(registry);

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

    /// <summary>An import of the example set paused after writing everything, before its commit.</summary>
    private sealed class HeldImport : IImportProgress, IDisposable
    {
        private readonly ManualResetEventSlim _written = new();
        private readonly ManualResetEventSlim _release = new();
        private readonly Task<ImportResult> _import;

        public HeldImport(Registry registry)
        {
            _import = Task.Run(() =>
            {
                using var db = registry.Open(AccessScope.System);
                return new DatasetImporter(db, registry.Clock, this).Import(CsvDatasetReader.Read(Examples.CsvSet), null);
            });
            Assert.True(WaitAny(_written), "the first import never reached its last write: " + _import.Exception);
        }

        public void Report(string stage, long done, long total)
        {
            if (stage == "writing" && done == total)
            {
                _written.Set();
                _release.Wait(Patience);
            }
        }

        public ImportResult Finish()
        {
            _release.Set();
            Assert.True(_import.Wait(Patience), "the first import never finished");
            Assert.True(_import.Result.Succeeded, string.Join(Environment.NewLine, _import.Result.Errors));
            return _import.Result;
        }

        public void Dispose()
        {
            _release.Set();
            _import.Wait(Patience);
            _written.Dispose();
            _release.Dispose();
        }

        private bool WaitAny(ManualResetEventSlim written) =>
            WaitHandle.WaitAny([written.WaitHandle, ((IAsyncResult)_import).AsyncWaitHandle], Patience) == 0;
    }
}
