using Lupus.Domain.Instruments.Classification;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Damage;

/// <summary>SDI scoring: domains are the sum of their items, except that an overriding item (ESRD) sets its domain alone.</summary>
public static class SdiScoring
{
    /// <summary>Adds an error, naming the item, for each score outside the item's allowed set.</summary>
    public static void Validate(SdiInput input, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (input.Scores.Count != SdiItems.All.Count)
        {
            errors.Add(new InputError("items", $"must hold {SdiItems.All.Count} item scores"));
            return;
        }

        for (var i = 0; i < SdiItems.All.Count; i++)
        {
            var item = SdiItems.All[i];
            var score = input.Scores[i];
            if (score < 0 || score > item.MaximumScore)
            {
                var allowed = item.MaximumScore == 1 ? "0 or 1" : $"0 to {item.MaximumScore}";
                errors.Add(new InputError(item.Key, $"must be {allowed}, got {score}"));
            }
        }
    }

    /// <summary>Scores a validated assessment.</summary>
    public static SdiResult Score(InstrumentInfo instrument, SdiInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Completed)
        {
            return new SdiResult(instrument) { Notes = ["assessment_not_completed"] };
        }

        var scores = new List<KeyValuePair<string, int>>(SdiItems.Domains.Count);
        var contributions = new List<ItemContribution>();
        var notes = new List<string>();
        foreach (var domain in SdiItems.Domains)
        {
            var scored = SdiItems.All.Select((item, i) => (Item: item, Score: input.Scores[i]))
                .Where(s => s.Item.Domain == domain.Domain && s.Score > 0)
                .ToList();
            var overriding = scored.Where(s => s.Item.DomainScoreWhenPresent is not null).ToList();
            if (overriding.Count > 0)
            {
                // The same damage is never scored twice: ESRD replaces the other renal items.
                var (item, _) = overriding[0];
                var score = item.DomainScoreWhenPresent!.Value;
                scores.Add(new(domain.Key, score));
                contributions.Add(new ItemContribution(item.Key, score));
                if (scored.Count > overriding.Count)
                {
                    notes.Add(item.Key + "_replaces_" + domain.Key + "_items");
                }
            }
            else
            {
                scores.Add(new(domain.Key, scored.Sum(s => s.Score)));
                contributions.AddRange(scored.Select(s => new ItemContribution(s.Item.Key, s.Score)));
            }
        }

        return new SdiResult(instrument)
        {
            DomainScores = new DomainScores(scores),
            Contributions = contributions,
            Notes = notes,
        };
    }
}
