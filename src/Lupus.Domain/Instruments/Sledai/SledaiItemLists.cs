using System.Collections.Concurrent;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>
/// Shared, immutable descriptor lists per 24-bit descriptor set. Visits repeat the same few combinations, so batch
/// scoring reuses one list per set instead of allocating three per visit. The cache is bounded.
/// </summary>
internal static class SledaiItemLists
{
    private const int MaximumCached = 8192;
    private static readonly ConcurrentDictionary<int, string[]> Keys = new();
    private static readonly ConcurrentDictionary<int, ItemContribution[]> Contributions = new();

    public static IReadOnlyList<string> KeysOf(int mask) =>
        Keys.TryGetValue(mask, out var cached) ? cached : Remember(Keys, mask, BuildKeys(mask));

    public static IReadOnlyList<ItemContribution> ContributionsOf(int mask) =>
        Contributions.TryGetValue(mask, out var cached) ? cached : Remember(Contributions, mask, BuildContributions(mask));

    private static T Remember<T>(ConcurrentDictionary<int, T> cache, int mask, T value)
    {
        if (cache.Count < MaximumCached)
        {
            cache.TryAdd(mask, value);
        }

        return value;
    }

    private static string[] BuildKeys(int mask) =>
        SledaiDescriptors.All.Where(d => (mask & (1 << (int)d.Descriptor)) != 0).Select(d => d.Key).ToArray();

    private static ItemContribution[] BuildContributions(int mask) =>
        SledaiDescriptors.All.Where(d => (mask & (1 << (int)d.Descriptor)) != 0).Select(d => new ItemContribution(d.Key, d.Weight)).ToArray();
}
