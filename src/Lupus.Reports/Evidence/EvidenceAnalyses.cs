namespace Lupus.Reports.Evidence;

/// <summary>The analyses <c>lupus evidence</c> runs on the MSC-in-SLE study file.</summary>
public static class EvidenceAnalyses
{
    private static readonly Dictionary<string, double> NoUnits = new(StringComparer.Ordinal);

    /// <summary>Pre/post outcomes first (SLEDAI, proteinuria, then the others that may have enough studies), then proportions.</summary>
    public static IReadOnlyList<EvidenceAnalysis> Default { get; } =
    [
        PrePost("sledai", "SLEDAI (pre/post)", "score", new() { ["score"] = 1 }, "SLEDAI score at follow-up minus baseline"),
        PrePost("proteinuria_24h", "24-h proteinuria (pre/post)", "mg/24h", new() { ["mg/24h"] = 1, ["g/24h"] = 1000 },
            "24-h urinary protein at follow-up minus baseline, in mg/24h (g/24h rows are converted)"),
        PrePost("creatinine", "Serum creatinine (pre/post)", "umol/L", new() { ["umol/L"] = 1, ["mg/dL"] = 88.42 }, "serum creatinine at follow-up minus baseline"),
        PrePost("albumin", "Serum albumin (pre/post)", "g/L", new() { ["g/L"] = 1, ["g/dL"] = 10 }, "serum albumin at follow-up minus baseline"),
        PrePost("bilag_renal", "BILAG renal score (pre/post)", "score", new() { ["score"] = 1 }, "BILAG renal score at follow-up minus baseline"),
        PrePost("gfr", "GFR (pre/post)", "mL/min", new() { ["mL/min"] = 1 }, "glomerular filtration rate at follow-up minus baseline"),
        Proportion("survival", "Overall survival", [new("overall_survival"), new("death", Complement: true)],
            "patients alive at the study's timepoint; a study that reports only deaths counts total minus deaths"),
        Proportion("relapse", "Relapse", [new("relapse_overall"), new("relapse"), new("renal_flare"), new("proteinuria_relapse")],
            "patients with a relapse or renal flare as each study defines it; denominators differ (all treated, or responders only)"),
        Proportion("complete_remission", "Complete remission",
            [new("complete_remission"), new("clinical_remission"), new("renal_complete_remission"), new("complete_renal_response"), new("major_clinical_response")],
            "complete clinical or renal remission (major clinical response) as each study defines it"),
        Proportion("any_remission", "Complete or partial remission",
            [new("remission_total"), new("renal_remission_total"), new("renal_response_total"), new("renal_remission"), new("sustained_renal_remission")],
            "complete plus partial clinical or renal remission as each study defines it"),
    ];

    private static EvidenceAnalysis PrePost(string id, string title, string unit, Dictionary<string, double> units, string definition) =>
        new(id, title, AnalysisKind.PrePost, [new(id)], unit, units, definition);

    private static EvidenceAnalysis Proportion(string id, string title, OutcomeSource[] sources, string definition) =>
        new(id, title, AnalysisKind.Proportion, sources, "", NoUnits, definition);
}
