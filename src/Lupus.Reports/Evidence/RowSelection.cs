using System.Globalization;

namespace Lupus.Reports.Evidence;

/// <summary>
/// Gives every input row a fate and picks, per analysis, one row per study and one study per overlapping cohort.
/// </summary>
/// <remarks>
/// Order of the rules: control arms are excluded; rows whose outcome no analysis pools are listed (medians and
/// change-only rows with that reason); rows missing n, a mean, an SD or a count are not pooled; within a study the
/// first-listed outcome of the analysis wins, then the larger n, then the later timepoint; across studies the larger n
/// (then later timepoint, then id) is kept and any study whose cohort overlaps a kept one is excluded; an analysis with
/// fewer than <see cref="EvidenceOptions.MinStudies"/> studies left is not pooled.
/// </remarks>
internal static class RowSelection
{
    public static (RowDisposition[] Rows, List<(EvidenceAnalysis Analysis, List<EvidenceRow> Rows)> Pooled, List<SkippedAnalysis> Skipped) Select(
        IReadOnlyList<EvidenceRow> rows, EvidenceOptions options)
    {
        var fate = new RowDisposition?[rows.Count];
        var sources = new Dictionary<string, (EvidenceAnalysis Analysis, int Priority)>(StringComparer.Ordinal);
        foreach (var a in options.Analyses)
        {
            for (var p = 0; p < a.Sources.Count; p++)
            {
                sources.TryAdd(a.Sources[p].Outcome, (a, p));
            }
        }

        var candidates = options.Analyses.ToDictionary(a => a, _ => new List<int>());
        var mentioned = new HashSet<EvidenceAnalysis>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var matched = sources.TryGetValue(row.Outcome, out var source);
            if (matched)
            {
                mentioned.Add(source.Analysis);
            }

            if (row.Arm.Length > 0 && !row.Arm.Equals("msc", StringComparison.OrdinalIgnoreCase))
            {
                fate[i] = new(row, RowStatus.ExcludedControlArm, matched ? source.Analysis.Id : null, $"{row.Arm} arm: no MSC given");
            }
            else if (!matched)
            {
                fate[i] = Unmatched(row);
            }
            else if (Unusable(row, source.Analysis) is { } reason)
            {
                fate[i] = new(row, RowStatus.NotPooled, source.Analysis.Id, reason);
            }
            else
            {
                candidates[source.Analysis].Add(i);
            }
        }

        var pooled = new List<(EvidenceAnalysis, List<EvidenceRow>)>();
        var skipped = new List<SkippedAnalysis>();
        var overlap = new OverlapRule(options.Overlaps);
        // Analyses no row speaks to are simply absent; those with rows but too few usable studies are reported as skipped.
        foreach (var a in options.Analyses.Where(mentioned.Contains))
        {
            var kept = OnePerStudy(rows, candidates[a], a, sources, fate);
            var accepted = OnePerCohort(rows, kept, a, overlap, fate);
            if (accepted.Count < options.MinStudies)
            {
                var why = $"only {accepted.Count} non-overlapping stud{(accepted.Count == 1 ? "y" : "ies")} with usable data; pooling needs at least {options.MinStudies}";
                foreach (var i in accepted)
                {
                    fate[i] = new(rows[i], RowStatus.NotPooled, a.Id, why);
                }

                skipped.Add(new(a, accepted.Count, why));
                continue;
            }

            accepted.Sort();
            foreach (var i in accepted)
            {
                fate[i] = new(rows[i], RowStatus.Pooled, a.Id, "pooled in " + a.Id);
            }

            pooled.Add((a, accepted.Select(i => rows[i]).ToList()));
        }

        return (fate.Select(f => f!).ToArray(), pooled, skipped);
    }

    private static RowDisposition Unmatched(EvidenceRow row)
    {
        if (row.Outcome.EndsWith("_median", StringComparison.Ordinal))
        {
            return new(row, RowStatus.NotPooled, null, "reports medians, not means ± SD");
        }

        return row.Outcome.EndsWith("_change", StringComparison.Ordinal)
            ? new(row, RowStatus.NotPooled, null, "reports only the change from baseline (no baseline mean ± SD for a pre/post effect)")
            : new(row, RowStatus.NotSynthesised, null, $"outcome '{row.Outcome}' is not one of the pooled analyses");
    }

    /// <summary>Why the row's data cannot enter its analysis, or null when it can.</summary>
    private static string? Unusable(EvidenceRow row, EvidenceAnalysis a)
    {
        if (a.Kind == AnalysisKind.Proportion)
        {
            return row.Total is null ? "denominator (total) not stated"
                : row.Events is null ? "number of patients with the outcome not stated"
                : row.Total <= 0 || row.Events < 0 || row.Events > row.Total ? "events must lie between 0 and the total, which must be positive"
                : null;
        }

        return row.N is null ? "n not stated"
            : row.PreMean is null || row.PreSd is null ? "baseline mean or SD not reported"
            : row.PostMean is null || row.PostSd is null ? "follow-up mean or SD not reported"
            : !a.UnitFactors.ContainsKey(row.Unit) ? $"unit '{row.Unit}' cannot be converted to {a.Unit}"
            : row.N < 3 ? "n must be at least 3 for a standardised mean change"
            : null;
    }

    private static double Size(EvidenceRow r) => r.N ?? r.Total ?? 0;

    private static List<int> OnePerStudy(
        IReadOnlyList<EvidenceRow> rows, List<int> candidates, EvidenceAnalysis a, Dictionary<string, (EvidenceAnalysis Analysis, int Priority)> sources, RowDisposition?[] fate)
    {
        var kept = new List<int>();
        foreach (var study in candidates.GroupBy(i => rows[i].StudyId, StringComparer.Ordinal))
        {
            var ordered = study
                .OrderBy(i => sources[rows[i].Outcome].Priority)
                .ThenByDescending(i => Size(rows[i]))
                .ThenByDescending(i => rows[i].TimepointMonths)
                .ThenBy(i => rows[i].Line)
                .ToList();
            var best = rows[ordered[0]];
            kept.Add(ordered[0]);
            foreach (var i in ordered.Skip(1))
            {
                fate[i] = new(rows[i], RowStatus.Superseded, a.Id,
                    $"study represented by line {best.Line} ({best.Outcome}, {Month(best.TimepointMonths)} mo, n = {Month(Size(best))}): first-listed outcome, then larger n, then later timepoint");
            }
        }

        return kept;
    }

    private static List<int> OnePerCohort(IReadOnlyList<EvidenceRow> rows, List<int> kept, EvidenceAnalysis a, OverlapRule overlap, RowDisposition?[] fate)
    {
        var accepted = new List<int>();
        var order = kept
            .OrderByDescending(i => Size(rows[i]))
            .ThenByDescending(i => rows[i].TimepointMonths)
            .ThenBy(i => rows[i].StudyId, StringComparer.Ordinal);
        foreach (var i in order)
        {
            var clash = accepted
                .Select(j => (Row: rows[j], Declaration: overlap.Between(rows[j].StudyId, rows[i].StudyId)))
                .FirstOrDefault(t => t.Declaration is not null);
            if (clash.Declaration is { } d)
            {
                fate[i] = new(rows[i], RowStatus.ExcludedOverlap, a.Id,
                    $"cohort overlaps {clash.Row.StudyId} (n = {Month(Size(clash.Row))}, kept as the larger) in the {d.Programme}: {d.StudyId}: {d.Basis}");
            }
            else
            {
                accepted.Add(i);
            }
        }

        return accepted;
    }

    private static string Month(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
