using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Lupus.Interchange.Import;

/// <summary>
/// Runs an import's bulk writes on a thread of its own, in the order they are handed over and at most a few parts
/// behind, so that the database stores one part while the importer checks and makes the next. The connection serves
/// one command at a time: the importer drains the writer before it queries the database itself.
/// </summary>
/// <remarks>
/// A failed write stops the writer (later writes are dropped) and is thrown, as it was raised, to the importer's next
/// hand-over or drain. Disposing waits for the write in progress, so the transaction never ends under it.
/// </remarks>
internal sealed class BackgroundWriter : IDisposable
{
    /// <summary>Writes handed over but not done: enough to keep the database busy while the next part is checked.</summary>
    public const int WritesBehind = 3;

    private readonly BlockingCollection<Action> _writes = new(WritesBehind);
    private readonly object _gate = new();
    private readonly Task _worker;
    private int _pending;
    private ExceptionDispatchInfo? _failure;

    public BackgroundWriter() =>
        _worker = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Hands a write over; waits while <see cref="WritesBehind"/> are already waiting.</summary>
    public void Enqueue(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ThrowIfFailed();
        lock (_gate)
        {
            _pending++;
        }

        _writes.Add(write);
    }

    /// <summary>Waits until every write handed over is done; throws the failure of any.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            while (_pending > 0)
            {
                Monitor.Wait(_gate);
            }
        }

        ThrowIfFailed();
    }

    public void Dispose()
    {
        _writes.CompleteAdding();
        _worker.GetAwaiter().GetResult();
        _writes.Dispose();
    }

    private void Run()
    {
        foreach (var write in _writes.GetConsumingEnumerable())
        {
            try
            {
                if (Volatile.Read(ref _failure) is null)
                {
                    write();
                }
            }
            catch (Exception e)
            {
                Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
            }
            finally
            {
                lock (_gate)
                {
                    _pending--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void ThrowIfFailed() => Volatile.Read(ref _failure)?.Throw();
}
