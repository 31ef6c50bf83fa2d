using System.Text.Json.Serialization;

namespace Lupus.Trials.Reporting;

/// <summary>The evidence synthesis of published studies: its HTML section and its pooled figures.</summary>
/// <param name="Html">Tables and inline forest plots for the HTML report (not repeated in the JSON numbers).</param>
/// <param name="Figures">Pooled estimates on the reporting scale, keyed <c>analysis/measure</c>.</param>
public sealed record EvidenceSection([property: JsonIgnore] string Html, IReadOnlyDictionary<string, double> Figures)
{
    /// <summary>Why the synthesis is not included (a data file missing or malformed); null when it is.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}
