namespace Lupus.Reports.Evidence;

/// <summary>One published study result: a row of <c>data/msc-sle-studies.csv</c>, cells as printed (null = not reported).</summary>
/// <remarks>
/// <c>Line</c>: File line of the row (header = line 1), for messages and listings.
/// <c>Arm</c>: Empty for single-arm studies; <c>msc</c> or <c>control</c> in controlled trials.
/// <c>N</c>: Patients in a continuous comparison.
/// <c>Events</c>: Patients with the outcome, out of <paramref name="Total"/>.
/// </remarks>
public sealed record EvidenceRow(
    int Line,
    string StudyId,
    string Citation,
    string Design,
    string Outcome,
    string Unit,
    double TimepointMonths,
    double? N,
    double? PreMean,
    double? PreSd,
    double? PostMean,
    double? PostSd,
    string Arm,
    double? Events,
    double? Total,
    string SourceNote)
{
    /// <summary>Short label for tables and plots: study id, arm and timepoint.</summary>
    public string Label => $"{StudyId}{(Arm.Length > 0 ? " (" + Arm + ")" : "")}, {TimepointMonths.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} mo";
}
