using Lupus.Domain.Instruments.Flare;

namespace Lupus.Trials.Endpoints;

/// <summary>
/// The SELENA flare index criteria that the registry's data can decide: SLEDAI-2K in place of SELENA-SLEDAI,
/// prednisone and PGA between consecutive visits.
/// </summary>
/// <remarks>
/// Severe: SLEDAI rises to above 12, or PGA rises to above 2.5. Mild/moderate: SLEDAI up by 3 or more, prednisone
/// increased, or PGA up by 1.0 or more to at most 2.5 (thresholds of <see cref="SelenaFlareRules"/>). Clinical
/// features, new immunosuppressants and hospitalisation are not captured, so flares they alone would make are not
/// seen. Null when none of the three measures is known at both visits.
/// </remarks>
public static class FlareCriteria
{
    public static FlareCategory? Classify(CourseVisit previous, CourseVisit current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        bool sledaiKnown = previous.Sledai2k is not null && current.Sledai2k is not null;
        bool pgaKnown = previous.Pga is not null && current.Pga is not null;
        bool steroidKnown = previous.PrednisoneMgPerDay is not null && current.PrednisoneMgPerDay is not null;
        if (!sledaiKnown && !pgaKnown && !steroidKnown)
        {
            return null;
        }

        var s0 = previous.Sledai2k ?? 0;
        var s1 = current.Sledai2k ?? 0;
        var p0 = previous.Pga ?? 0m;
        var p1 = current.Pga ?? 0m;
        if ((sledaiKnown && s1 > 12 && s1 > s0) || (pgaKnown && p1 > 2.5m && p1 > p0))
        {
            return FlareCategory.Severe;
        }

        var mild = (sledaiKnown && s1 - s0 >= 3)
            || (steroidKnown && current.PrednisoneMgPerDay > previous.PrednisoneMgPerDay)
            || (pgaKnown && p1 - p0 >= 1.0m && p1 <= 2.5m);
        return mild ? FlareCategory.MildModerate : FlareCategory.None;
    }
}
