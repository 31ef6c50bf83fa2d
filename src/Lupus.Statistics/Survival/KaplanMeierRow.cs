namespace Lupus.Statistics.Survival;

/// <summary>One distinct time of a Kaplan-Meier curve (an event or a censoring time), as a row of R's <c>survfit</c> object.</summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">Subjects with time at or after <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Censorings at <paramref name="Time"/>.</param>
/// <param name="Survival">The product-limit estimate S(t).</param>
/// <param name="CumulativeHazardStdErr">Greenwood standard error of -log S(t) (R's <c>fit$std.err</c>); null where infinite.</param>
/// <param name="StdErr">Standard error of S(t) itself (R's <c>summary(fit)$std.err</c>); null where undefined.</param>
/// <param name="Lower">Lower confidence limit; null where undefined.</param>
/// <param name="Upper">Upper confidence limit; null where undefined.</param>
public readonly record struct KaplanMeierRow(
    double Time,
    int AtRisk,
    int Events,
    int Censored,
    double Survival,
    double? CumulativeHazardStdErr,
    double? StdErr,
    double? Lower,
    double? Upper);
