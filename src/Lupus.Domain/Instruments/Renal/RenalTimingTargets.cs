namespace Lupus.Domain.Instruments.Renal;

/// <summary>EULAR/ERA-EDTA 2019 timing targets, reported as notes and never part of the classification.</summary>
/// <remarks>
/// At least 25% reduction by 3 months, partial response (50%) by 6 months, complete response by 12 months; the
/// 12-month target may be extended by 6-12 months when baseline proteinuria was nephrotic.
/// </remarks>
public static class RenalTimingTargets
{
    /// <summary>Nephrotic-range proteinuria, g/g (scaled like every threshold).</summary>
    public const decimal NephroticThresholdG = 3.5m;

    /// <summary>Notes on the targets due by <paramref name="months"/>; none when the data do not allow a judgement.</summary>
    public static IReadOnlyList<string> Notes(decimal? months, ProteinuriaPair? pair, RenalResponseCategory? response)
    {
        var notes = new List<string>();
        if (months is not { } m || pair is not { Baseline: { } b, Followup: { } f } || b <= 0m)
        {
            return notes;
        }

        if (m >= 3m)
        {
            // Reduction >= 25% is 4 x follow-up <= 3 x baseline.
            notes.Add(Met("target_3_months_25_percent_reduction", 4m * f <= 3m * b));
        }

        if (m >= 6m && response is not null)
        {
            notes.Add(Met("target_6_months_partial_response", response != RenalResponseCategory.None));
        }

        if (m >= 12m && response is not null)
        {
            var complete = response == RenalResponseCategory.Complete;
            notes.Add(Met("target_12_months_complete_response", complete));
            if (!complete && b >= NephroticThresholdG * pair.ThresholdScale)
            {
                notes.Add("target_12_months_may_extend_6_to_12_months_nephrotic_baseline");
            }
        }

        return notes;
    }

    private static string Met(string target, bool met) => target + (met ? "_met" : "_not_met");
}
