namespace Lupus.Reports.Evidence;

/// <summary>A pooled figure from a published review, shown for reference only: published, not recomputed.</summary>
/// <remarks>Numeric fields are null where the source held by the project does not give them.</remarks>
public sealed record PublishedFigure(
    string SourceId,
    string Citation,
    string Comparison,
    string Outcome,
    double? TimepointMonths,
    int? Studies,
    int? Patients,
    string Model,
    double? Estimate,
    double? CiLower,
    double? CiUpper,
    string P,
    string HeterogeneityP,
    string Measure,
    string Source);
