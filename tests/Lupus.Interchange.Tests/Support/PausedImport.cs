using Lupus.Interchange.Import;
using Lupus.Interchange.Model;
using Lupus.Persistence.Access;

namespace Lupus.Interchange.Tests.Support;

/// <summary>
/// An import on a task of its own, paused after its last write and before its commit (holding the import lock and
/// whatever its writes lock) until <see cref="Finish"/>.
/// </summary>
public sealed class PausedImport : IImportProgress, IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly ManualResetEventSlim _written = new();
    private readonly ManualResetEventSlim _release = new();
    private readonly Task<ImportResult> _import;

    /// <param name="registry">Where to import.</param>
    /// <param name="parts">What to import, read on the import's task.</param>
    public PausedImport(Registry registry, Func<IEnumerable<InterchangeDataset>> parts)
    {
        _import = Task.Run(() =>
        {
            using var db = registry.Open(AccessScope.System);
            return new DatasetImporter(db, registry.Clock, this).Import(parts(), null);
        });
        Assert.True(WaitAny(_written), "the import never reached its last write: " + _import.Exception);
    }

    public void Report(string stage, long done, long total)
    {
        if (stage == "writing" && done == total)
        {
            _written.Set();
            _release.Wait(Patience);
        }
    }

    /// <summary>Lets the import commit; its result, which must be a success.</summary>
    public ImportResult Finish()
    {
        _release.Set();
        Assert.True(_import.Wait(Patience), "the import never finished");
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
