using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>A list of SLEDAI-2K descriptors present at a visit, scored with the weights of <see cref="SledaiDescriptors"/>.</summary>
public static class SledaiItems
{
    /// <summary>Input name shared by LLDAS and DORIS.</summary>
    public const string FieldName = "sledai2k_items_present";

    /// <summary>Declares the <c>sledai2k_items_present</c> field (closed vocabulary of descriptor keys).</summary>
    public static CodeListField Declare(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.CodeList(FieldName, [.. SledaiDescriptors.Keys]);
    }

    /// <summary>Maps descriptor keys (already checked against the vocabulary) to descriptors; null stays null.</summary>
    public static IReadOnlyList<SledaiDescriptor>? Parse(IReadOnlyList<string>? keys)
    {
        if (keys is null)
        {
            return null;
        }

        var descriptors = new List<SledaiDescriptor>(keys.Count);
        foreach (var key in keys)
        {
            if (SledaiDescriptors.TryParse(key, out var descriptor) && !descriptors.Contains(descriptor))
            {
                descriptors.Add(descriptor);
            }
        }

        return descriptors;
    }

    /// <summary>SLEDAI-2K total of the present descriptors.</summary>
    public static int Total(IReadOnlyList<SledaiDescriptor> present) => Sum(present, includeSerological: true);

    /// <summary>Clinical SLEDAI-2K: the total without the serological descriptors.</summary>
    public static int ClinicalTotal(IReadOnlyList<SledaiDescriptor> present) => Sum(present, includeSerological: false);

    /// <summary>True when any present descriptor is a major-organ descriptor in the LLDAS sense.</summary>
    public static bool AnyMajorOrgan(IReadOnlyList<SledaiDescriptor> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        for (var i = 0; i < present.Count; i++)
        {
            if (SledaiDescriptors.Get(present[i]).MajorOrgan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Contributions of the present descriptors, in form order.</summary>
    public static IReadOnlyList<ItemContribution> Contributions(IEnumerable<SledaiDescriptor> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        return present.Distinct().Order().Select(SledaiDescriptors.Get).Select(d => new ItemContribution(d.Key, d.Weight)).ToArray();
    }

    // A descriptor scores once however often it is listed (a bit per descriptor: no set is allocated per visit).
    private static int Sum(IReadOnlyList<SledaiDescriptor> present, bool includeSerological)
    {
        ArgumentNullException.ThrowIfNull(present);
        var seen = 0u;
        var total = 0;
        for (var i = 0; i < present.Count; i++)
        {
            var info = SledaiDescriptors.Get(present[i]);
            var bit = 1u << (int)present[i];
            if ((seen & bit) == 0 && (includeSerological || !info.Serological))
            {
                total += info.Weight;
            }

            seen |= bit;
        }

        return total;
    }
}
