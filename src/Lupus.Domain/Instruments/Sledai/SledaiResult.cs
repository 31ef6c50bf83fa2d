using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>A SLEDAI total (SLEDAI-2K or SELENA-SLEDAI) with the descriptors behind it.</summary>
public sealed record SledaiResult : InstrumentResult
{
    public SledaiResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>Total 0-105, or null when a descriptor is missing under the strict policy.</summary>
    public int? TotalScore { get; init; }

    /// <summary>Sum of the weights of descriptors resolved present (a lower bound when some are missing).</summary>
    public int PartialScore { get; init; }

    /// <summary>Total without the two serological descriptors (0-101), null when a clinical descriptor is missing.</summary>
    public int? ClinicalScore { get; init; }

    /// <summary><c>complete</c>, <c>incomplete</c> or <c>imputed</c>.</summary>
    public required string Status { get; init; }

    public required IReadOnlyList<string> ItemsPresent { get; init; }

    public required IReadOnlyList<string> MissingItems { get; init; }

    public int WindowDays { get; init; }

    protected override void WriteFields(IResultWriter writer)
    {
        writer.WholeNumber("total_score", TotalScore);
        writer.WholeNumber("partial_score", PartialScore);
        writer.WholeNumber("clinical_score", ClinicalScore);
        writer.Text("status", Status);
        writer.TextSet("items_present", ItemsPresent);
        writer.TextSet("missing_items", MissingItems);
        writer.WholeNumber("window_days", WindowDays);
    }

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
        ["valid", "total_score", "partial_score", "clinical_score", "status", "items_present", "missing_items", "window_days"];

    /// <summary>Totals a resolved visit (specification 1.4-1.5).</summary>
    internal static SledaiResult Summarise(InstrumentInfo instrument, SledaiResolution resolution, MissingPolicy policy, int windowDays)
    {
        var partial = 0;
        var clinical = 0;
        var clinicalMissing = false;
        var present = 0;
        var missing = 0;
        foreach (var d in SledaiDescriptors.Table)
        {
            switch (resolution[d.Descriptor])
            {
                case DescriptorState.Present:
                    partial += d.Weight;
                    clinical += d.Serological ? 0 : d.Weight;
                    present |= 1 << (int)d.Descriptor;
                    break;
                case DescriptorState.Missing:
                    missing |= 1 << (int)d.Descriptor;
                    clinicalMissing |= !d.Serological;
                    break;
            }
        }

        var imputed = policy == MissingPolicy.MissingAsAbsent;
        var status = missing == 0 ? "complete" : imputed ? "imputed" : "incomplete";
        return new SledaiResult(instrument)
        {
            TotalScore = missing == 0 || imputed ? partial : null,
            PartialScore = partial,
            ClinicalScore = !clinicalMissing || imputed ? clinical : null,
            Status = status,
            ItemsPresent = SledaiItemLists.KeysOf(present),
            MissingItems = SledaiItemLists.KeysOf(missing),
            WindowDays = windowDays,
            Contributions = SledaiItemLists.ContributionsOf(present),
            Warnings = resolution.Warnings,
            Notes = resolution.Notes,
        };
    }
}
