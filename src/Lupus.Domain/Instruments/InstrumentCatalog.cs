using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Adverse;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Classification;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Damage;
using Lupus.Domain.Instruments.Flare;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;

namespace Lupus.Domain.Instruments;

/// <summary>Every instrument the platform computes, by its case-file name.</summary>
public static class InstrumentCatalog
{
    /// <summary>All instruments, in specification order.</summary>
    public static IReadOnlyList<IInstrument> All { get; } =
    [
        Sledai2k.Instance,
        SelenaSledai.Instance,
        SelenaFlareIndex.Instance,
        Bilag2004Domain.Instance,
        Bilag2004Renal.Instance,
        Bilag2004Numeric.Instance,
        RenalResponse.Instance,
        MscBilagResponse.Instance,
        Pga.Instance,
        Sri4.Instance,
        Bicla.Instance,
        Lldas.Instance,
        Doris2021.Instance,
        EularAcr2019.Instance,
        Slicc2012.Instance,
        Acr1997.Instance,
        Sdi.Instance,
        CtcaeV5.Instance,
    ];

    /// <summary>Finds an instrument by name (for example <c>sledai2k</c>).</summary>
    public static bool TryGet(string name, out IInstrument instrument)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Info.Name, name, StringComparison.Ordinal))
            {
                instrument = candidate;
                return true;
            }
        }

        instrument = null!;
        return false;
    }

    /// <summary>Names of all instruments, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(i => i.Info.Name));
}
