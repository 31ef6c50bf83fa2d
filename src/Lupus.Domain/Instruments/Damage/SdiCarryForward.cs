namespace Lupus.Domain.Instruments.Damage;

/// <summary>Carries SDI damage forward between assessments: once scored, damage stays scored.</summary>
public static class SdiCarryForward
{
    /// <summary>Merges a new assessment with the previous one, item by item taking the higher score.</summary>
    /// <param name="previous">The previous (already carried-forward) assessment.</param>
    /// <param name="current">The new assessment as recorded.</param>
    /// <returns>The cumulative assessment, and a warning for each item the new assessment scored lower.</returns>
    public static (SdiInput Cumulative, IReadOnlyList<string> Warnings) Merge(SdiInput previous, SdiInput current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var scores = new int[SdiItems.All.Count];
        var warnings = new List<string>();
        for (var i = 0; i < scores.Length; i++)
        {
            var before = previous.Scores[i];
            var now = current.Scores[i];
            scores[i] = Math.Max(before, now);
            if (now < before)
            {
                warnings.Add($"{SdiItems.All[i].Key}: scored {now} after {before} earlier; damage carried forward");
            }
        }

        return (new SdiInput(scores), warnings);
    }
}
