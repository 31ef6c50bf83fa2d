using System.Collections;
using System.Collections.Concurrent;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Import;

/// <summary>
/// Reads a data set's parts on a worker thread from the moment it is made, at most a few parts ahead of the
/// importer, so that reading overlaps opening the database, the checks and the writes. Enumerated once.
/// </summary>
public sealed class ReadAhead : IEnumerable<InterchangeDataset>, IDisposable
{
    /// <summary>Parts read but not yet taken: enough to keep both sides busy, few enough to keep memory flat.</summary>
    public const int PartsAhead = 4;

    private readonly BlockingCollection<InterchangeDataset> _parts = new(PartsAhead);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private bool _taken;

    public ReadAhead(IEnumerable<InterchangeDataset> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _worker = Task.Factory.StartNew(() => Fill(parts), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public IEnumerator<InterchangeDataset> GetEnumerator()
    {
        if (_taken)
        {
            throw new InvalidOperationException("the parts of a read can be taken only once");
        }

        _taken = true;
        return Take();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Stops the reader if it is still running and waits for it.</summary>
    /// <remarks>A failure of the reader is thrown to whoever takes the parts to their end, not here.</remarks>
    public void Dispose()
    {
        _stop.Cancel();
        ((IAsyncResult)_worker).AsyncWaitHandle.WaitOne();

        _parts.Dispose();
        _stop.Dispose();
    }

    private IEnumerator<InterchangeDataset> Take()
    {
        foreach (var part in _parts.GetConsumingEnumerable(_stop.Token))
        {
            yield return part;
        }

        // A failure of the reader (not a read error, which parts carry) is the reader's exception.
        _worker.GetAwaiter().GetResult();
    }

    private void Fill(IEnumerable<InterchangeDataset> parts)
    {
        try
        {
            foreach (var part in parts)
            {
                _parts.Add(part, _stop.Token);
            }
        }
        finally
        {
            _parts.CompleteAdding();
        }
    }
}
