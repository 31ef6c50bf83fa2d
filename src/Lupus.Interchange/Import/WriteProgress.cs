namespace Lupus.Interchange.Import;

/// <summary>
/// Counts the records written in bulk (on the background writer) and reports the <c>writing</c> stage each time
/// another 10,000 are written, without a total (the rows still to come are not read yet), and at the end with it.
/// </summary>
internal sealed class WriteProgress(IImportProgress? progress)
{
    private const int Every = 10_000;
    private long _done;
    private long _reported;

    /// <summary>Counts records written; reports when the count has grown by <see cref="Every"/> since the last report.</summary>
    public void Add(int records)
    {
        var done = Interlocked.Add(ref _done, records);
        if (done - Volatile.Read(ref _reported) >= Every)
        {
            Volatile.Write(ref _reported, done);
            progress?.Report("writing", done, 0);
        }
    }

    /// <summary>Reports the stage complete: everything is written, the commit is next.</summary>
    public void Done()
    {
        var done = Interlocked.Read(ref _done);
        progress?.Report("writing", done, done);
    }
}
