using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>The 2019 EULAR/ACR scoring rules: only the highest-weighted criterion of each domain counts.</summary>
public static class EularAcrScoring
{
    /// <summary>Scores one cumulative record.</summary>
    public static EularAcrResult Score(InstrumentInfo instrument, EularAcrInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scores = new List<KeyValuePair<string, int>>(EularAcrCriteria.Domains.Count);
        var contributions = new List<ItemContribution>();
        var clinical = false;
        foreach (var domain in EularAcrCriteria.Domains)
        {
            var (score, item) = ScoreDomain(domain, input.Met);
            scores.Add(new(domain.Key, score));
            if (item is not null)
            {
                contributions.Add(new ItemContribution(item, score));
                clinical |= domain.Clinical;
            }
        }

        var domainScores = new DomainScores(scores);
        var entry = input.EntryCriterionMet;
        int? total = entry ? domainScores.Total : null;
        return new EularAcrResult(instrument)
        {
            EntryCriterionMet = entry,
            TotalScore = total,
            DomainScores = domainScores,
            HasClinicalCriterion = clinical,
            ClassifiedSle = clinical && total >= EularAcrCriteria.Threshold,

            // Without the entry criterion nothing is applied, so nothing counted.
            Contributions = entry ? contributions : [],
            Notes = entry ? [] : ["entry_criterion_not_met"],
        };
    }

    /// <summary>The domain's score and the criterion (or criteria) that set it; null item when none is met.</summary>
    internal static (int Score, string? Item) ScoreDomain(EularAcrDomainInfo domain, IReadOnlySet<EularAcrCriterion> met)
    {
        var inDomain = EularAcrCriteria.All.Where(c => c.Domain == domain.Domain).ToList();
        var present = inDomain.Where(c => met.Contains(c.Criterion)).ToList();
        if (present.Count == 0)
        {
            return (0, null);
        }

        if (domain.AllMetWeight is { } allWeight && present.Count == inDomain.Count)
        {
            return (allWeight, string.Join("+", present.Select(c => c.Key)));
        }

        // Ties (anti-dsDNA and anti-Smith) keep the first criterion in table order.
        var best = present.Aggregate((a, b) => b.Weight > a.Weight ? b : a);
        return (best.Weight, best.Key);
    }
}
