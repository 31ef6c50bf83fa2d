namespace Lupus.Reports.Evidence;

/// <summary>One pooled analysis: which file outcomes feed it, on which scale, and what it means.</summary>
/// <remarks>
/// <c>Id</c>: Stable key (file names, JSON).
/// <c>Title</c>: Heading for people.
/// <c>Kind</c>: Pre/post change or proportion.
/// <c>Sources</c>: Outcomes that feed it; when a study reports several, the first listed wins.
/// <c>Unit</c>: Analysis unit of a pre/post outcome (empty for proportions).
/// <c>UnitFactors</c>: Accepted file units and the factor that converts each to <paramref name="Unit"/>.
/// <c>Definition</c>: What is pooled, in words, including the caveats of mixed definitions.
/// </remarks>
public sealed record EvidenceAnalysis(
    string Id,
    string Title,
    AnalysisKind Kind,
    IReadOnlyList<OutcomeSource> Sources,
    string Unit,
    IReadOnlyDictionary<string, double> UnitFactors,
    string Definition);
