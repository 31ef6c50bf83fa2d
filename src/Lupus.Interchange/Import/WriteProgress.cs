namespace Lupus.Interchange.Import;

/// <summary>Counts rows written in bulk and reports the <c>writing</c> stage every 10,000 rows and at the end.</summary>
internal sealed class WriteProgress(IImportProgress? progress, long total)
{
    private long _done;

    public void Tick()
    {
        if (++_done % 10_000 == 0 || _done == total)
        {
            progress?.Report("writing", _done, total);
        }
    }

    /// <summary>Reports the stage complete (after the rows that are not counted, such as audit entries).</summary>
    public void Done() => progress?.Report("writing", total, total);
}
