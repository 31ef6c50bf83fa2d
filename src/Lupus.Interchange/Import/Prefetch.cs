using System.Collections.Concurrent;

namespace Lupus.Interchange.Import;

/// <summary>
/// Enumerates a sequence on a worker thread, at most a bounded number of items ahead of its consumer, so that
/// making the items (records applied, audit text formatted) runs on one core while the consumer writes them to the
/// database on the other.
/// </summary>
internal static class Prefetch
{
    /// <summary>Items per hand-over: handing over each item alone costs more in locking and wake-ups than making it.</summary>
    public const int Batch = 1024;

    /// <remarks>
    /// The source must not touch what the consumer touches (the context, its connection) while it runs. When the consumer
    /// stops early or fails, the worker is stopped and awaited before the enumeration ends; a failure of the worker is
    /// thrown to the consumer.
    /// </remarks>
    /// <param name="source">The sequence to make on the worker.</param>
    /// <param name="batch">Items handed over together.</param>
    /// <param name="batches">Batches the worker may be ahead.</param>
    /// <param name="cancellationToken">Stops both sides.</param>
    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, int batch, int batches, CancellationToken cancellationToken)
    {
        using var buffer = new BlockingCollection<List<T>>(batches);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = Task.Factory.StartNew(() => Fill(source, batch, buffer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var completed = false;
        try
        {
            foreach (var items in buffer.GetConsumingEnumerable(stop.Token))
            {
                foreach (var item in items)
                {
                    yield return item;
                }
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                stop.Cancel();
            }

            try
            {
                worker.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!completed)
            {
                // Stopped because the consumer stopped; the consumer's own exception, if any, is the one that counts.
            }
        }
    }

    private static void Fill<T>(IEnumerable<T> source, int batch, BlockingCollection<List<T>> buffer, CancellationToken cancellationToken)
    {
        try
        {
            var items = new List<T>(batch);
            foreach (var item in source)
            {
                items.Add(item);
                if (items.Count == batch)
                {
                    buffer.Add(items, cancellationToken);
                    items = new List<T>(batch);
                }
            }

            if (items.Count > 0)
            {
                buffer.Add(items, cancellationToken);
            }
        }
        finally
        {
            buffer.CompleteAdding();
        }
    }
}
