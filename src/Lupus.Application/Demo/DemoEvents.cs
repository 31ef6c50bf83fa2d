using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Application.Demo;

/// <summary>Adverse events of a synthetic patient, CTCAE v5 graded: infusion reactions, infections, and death.</summary>
internal sealed class DemoEvents(Random random, List<object> records)
{
    private static readonly string[] Infections = ["Upper respiratory infection", "Urinary tract infection", "Herpes zoster", "Lung infection"];
    private static readonly string[] Causes = ["Sepsis", "Lung infection", "Acute kidney injury", "Intracranial hemorrhage"];

    public void Add(Patient patient, LocalDate origin, int? deathDay, int lastDay)
    {
        if (random.NextDouble() < 0.12)
        {
            Event(patient, "Infusion related reaction", 1, InfusionRelation.Probable, origin, origin.PlusDays(1));
        }

        if (random.NextDouble() < 0.1)
        {
            Event(patient, "Fever", 1, InfusionRelation.Possible, origin.PlusDays(1), origin.PlusDays(2));
        }

        var horizon = Math.Max(30, (deathDay ?? lastDay) - 10);
        for (var n = random.Next(3); n > 0; n--)
        {
            var onset = origin.PlusDays(14 + random.Next(horizon));
            var grade = random.NextDouble() < 0.2 ? 3 : 2 - random.Next(2);
            Event(patient, Infections[random.Next(Infections.Length)], grade, InfusionRelation.Unlikely, onset, onset.PlusDays(7 + random.Next(21)));
        }

        if (deathDay is { } day)
        {
            var date = origin.PlusDays(day);
            Event(patient, Causes[random.Next(Causes.Length)], 5, InfusionRelation.Unrelated, date.PlusDays(-random.Next(1, 10)), date);
        }
    }

    private void Event(Patient patient, string term, int grade, InfusionRelation relation, LocalDate onset, LocalDate? resolution) =>
        records.Add(new AdverseEvent
        {
            PatientId = patient.Id, Term = term, Grade = grade, Serious = grade >= 3, RelationToInfusion = relation,
            OnsetDate = onset, ResolutionDate = resolution,
        });
}
