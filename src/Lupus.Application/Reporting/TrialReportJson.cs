using System.Text.Json;
using System.Text.Json.Serialization;
using Lupus.Trials.Reporting;

namespace Lupus.Application.Reporting;

/// <summary>The report's numbers as JSON: snake_case keys, <c>{"cohorts": [{"name", "n", "response_12m", ...}]}</c>.</summary>
public static class TrialReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(TrialReport report) => JsonSerializer.Serialize(report, Options);
}
