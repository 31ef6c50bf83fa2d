using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>
/// Shared, immutable descriptor lists per 24-bit descriptor set. Visits repeat the same combinations, so batch
/// scoring reuses one list per set instead of allocating per visit.
/// </summary>
/// <remarks>
/// A direct-mapped, lock-free cache: a slot holds the last set that hashed to it, replaced whole (benign races
/// only ever rebuild an equal entry). Memory is fixed whatever the input.
/// </remarks>
internal static class SledaiItemLists
{
    private const int SlotBits = 14;
    private static readonly Entry?[] Slots = new Entry?[1 << SlotBits];

    public static IReadOnlyList<string> KeysOf(int mask) => Lookup(mask).Keys;

    public static IReadOnlyList<ItemContribution> ContributionsOf(int mask) => Lookup(mask).Contributions;

    private static Entry Lookup(int mask)
    {
        var slot = (int)(unchecked((uint)mask * 0x9E3779B1u) >> (32 - SlotBits));
        var entry = Volatile.Read(ref Slots[slot]);
        if (entry is null || entry.Mask != mask)
        {
            entry = Build(mask);
            Volatile.Write(ref Slots[slot], entry);
        }

        return entry;
    }

    private static Entry Build(int mask)
    {
        var count = int.PopCount(mask);
        var keys = new string[count];
        var contributions = new ItemContribution[count];
        var next = 0;
        foreach (var d in SledaiDescriptors.Table)
        {
            if ((mask & (1 << (int)d.Descriptor)) != 0)
            {
                keys[next] = d.Key;
                contributions[next++] = new ItemContribution(d.Key, d.Weight);
            }
        }

        return new Entry(mask, keys, contributions);
    }

    private sealed record Entry(int Mask, string[] Keys, ItemContribution[] Contributions);
}
