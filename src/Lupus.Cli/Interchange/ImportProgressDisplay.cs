using Lupus.Interchange.Import;
using Spectre.Console;

namespace Lupus.Cli.Interchange;

/// <summary>
/// Shows an import's progress once it has run for a second: a Spectre.Console bar on a terminal, plain
/// <c>stage: done/total</c> lines (one a second) when the output is redirected; <c>stage: done rows</c> while the
/// total is not known yet.
/// </summary>
internal sealed class ImportProgressDisplay : IImportProgress
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private (string Stage, long Done, long Total) _state = ("reading", 0, 0);

    public void Report(string stage, long done, long total)
    {
        lock (_gate)
        {
            _state = (stage, done, total);
        }
    }

    public T Run<T>(Func<T> work, TextWriter output, bool terminal)
    {
        var task = Task.Run(work);
        if (!Finished(task, Quiet))
        {
            if (terminal)
            {
                AnsiConsole.Progress().Start(ctx =>
                {
                    var bar = ctx.AddTask("import");
                    while (!Finished(task, TimeSpan.FromMilliseconds(200)))
                    {
                        var (stage, done, total) = Current();
                        // Until the last part is read the total is unknown: the bar then only counts.
                        bar.IsIndeterminate = total == 0;
                        bar.Description = total == 0 && done > 0 ? $"{stage} {done:N0} rows" : stage;
                        bar.MaxValue = Math.Max(total, 1);
                        bar.Value = done;
                    }

                    bar.Value = bar.MaxValue;
                });
            }
            else
            {
                do
                {
                    var (stage, done, total) = Current();
                    output.WriteLine(total > 0 ? $"{stage}: {done}/{total}" : done > 0 ? $"{stage}: {done} rows" : stage);
                    output.Flush();
                }
                while (!Finished(task, Quiet));
            }
        }

        return task.GetAwaiter().GetResult();
    }

    // Waits without throwing: a failed import's own exception is rethrown by GetResult, not wrapped.
    private static bool Finished(Task task, TimeSpan timeout) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(timeout);

    private (string, long, long) Current()
    {
        lock (_gate)
        {
            return _state;
        }
    }
}
