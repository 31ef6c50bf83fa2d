using System.Diagnostics;

namespace Lupus.Interchange.Import;

/// <summary>Wall time of each phase of an import, in order (printed by <c>lupus import --verbose</c>).</summary>
public sealed class ImportPhases
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _done = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Done => _done;

    /// <summary>Ends the running phase under <paramref name="phase"/> and starts the next one.</summary>
    public void End(string phase)
    {
        _done.Add((phase, _watch.Elapsed));
        _watch.Restart();
    }
}
