using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>
/// Natural keys given twice within one bundle are errors located at the later entry (docs/fhir.md, "Errors"); across
/// files the importer's upsert decides.
/// </summary>
internal static class DuplicateKeys
{
    public static void Check(InterchangeDataset data, Counts before)
    {
        Check(data.Patients.Skip(before.Patients), p => p.Source, p => $"patient {p.Key}", data.Errors);
        Check(data.Visits.Skip(before.Visits), v => v.Source, v => $"visit {v.Patient} {WriteHelpers.Text(v.VisitDate)}", data.Errors);
        Check(data.Labs.Skip(before.Labs), l => l.Source, l => $"lab {l.Patient} {WriteHelpers.Text(l.CollectionDate)} {l.Analyte}", data.Errors);
        Check(data.Infusions.Skip(before.Infusions), i => i.Source, i => $"infusion {i.Patient} {WriteHelpers.Text(i.InfusionDate)}", data.Errors);
        Check(data.AdverseEvents.Skip(before.AdverseEvents), e => e.Source, e => $"adverse event {e.Patient} '{e.Term}' {WriteHelpers.Text(e.OnsetDate)}",
            data.Errors);
        Check(data.ImmunePanels.Skip(before.ImmunePanels), p => p.Source, p => $"immune panel {p.Patient} {WriteHelpers.Text(p.SampleDate)}", data.Errors);
    }

    private static void Check<T>(IEnumerable<T> rows, Func<T, SourceLocation> source, Func<T, string> key, List<InterchangeError> errors)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var found = new List<InterchangeError>();
        foreach (var row in rows)
        {
            var text = key(row);
            if (!first.TryAdd(text, source(row)))
            {
                found.Add(new InterchangeError(source(row), $"duplicate key: {text} is already given at {first[text].Record}"));
            }
        }

        errors.AddRange(found);
    }

    /// <summary>How many rows of each kind the data set held before a bundle was read.</summary>
    public sealed record Counts(int Patients, int Visits, int Labs, int Infusions, int AdverseEvents, int ImmunePanels)
    {
        public static Counts Of(InterchangeDataset data) => new(data.Patients.Count, data.Visits.Count, data.Labs.Count,
            data.Infusions.Count, data.AdverseEvents.Count, data.ImmunePanels.Count);
    }
}
