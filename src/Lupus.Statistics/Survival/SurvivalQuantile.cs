namespace Lupus.Statistics.Survival;

/// <summary>A quantile of a survival curve (usually the median) with its confidence limits; null where not reached.</summary>
public sealed record SurvivalQuantile(double? Estimate, double? Lower, double? Upper)
{
    // R's tolerance for "the curve equals p exactly" (sqrt of machine epsilon).
    private const double Tolerance = 1.4901161193847656e-08;

    /// <summary>The p-quantile of a curve as <c>quantile.survfit</c> defines it.</summary>
    /// <remarks>
    /// The first time the curve is at or below 1 - p; where the curve equals 1 - p exactly (within sqrt(machine epsilon))
    /// over an interval that ends with a further drop, the midpoint between that time and the drop. The limits are the same
    /// rule applied to the lower and upper confidence curves (Brookmeyer and Crowley, 1982).
    /// </remarks>
    internal static SurvivalQuantile Of(IReadOnlyList<KaplanMeierRow> rows, double p)
    {
        var target = 1 - p;
        return new SurvivalQuantile(
            Find(rows, target, r => r.Survival),
            Find(rows, target, r => r.Lower),
            Find(rows, target, r => r.Upper));
    }

    private static double? Find(IReadOnlyList<KaplanMeierRow> rows, double target, Func<KaplanMeierRow, double?> curve)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (curve(rows[i]) is not { } y || y > target + Tolerance)
            {
                continue;
            }

            if (Math.Abs(y - target) > Tolerance)
            {
                return rows[i].Time;
            }

            // Flat exactly at the target: the midpoint up to the time the curve next falls below it.
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (curve(rows[j]) is { } next && next < target - Tolerance)
                {
                    return (rows[i].Time + rows[j].Time) / 2;
                }
            }

            return rows[i].Time;
        }

        return null;
    }
}
