using System.Globalization;
using Lupus.Application.Endpoints;
using Lupus.Statistics.Inference;
using Lupus.Trials.Reporting;
using NodaTime;

namespace Lupus.Application.Reporting;

/// <summary>Baseline characteristics: continuous rows by the <see cref="Summary.ShowMedian"/> rule, categories as n (%).</summary>
internal static class Table1Builder
{
    public static List<Table1Row> Build(IReadOnlyList<DerivedPatient> patients)
    {
        var rows = new List<Table1Row>
        {
            Continuous("Age, years", patients, p => p.Data.Origin is { } o ? Period.Between(p.Data.Patient.BirthDate, o, PeriodUnits.Years).Years : null),
            Category("Female", patients, p => p.Data.Patient.Sex == Persistence.Entities.Sex.Female),
            Continuous("Disease duration, years", patients, p => p.Data.Origin is { } o ? CourseMapper.Days(p.Data.Patient.DiagnosisDate, o) / 365.25 : null),
            Continuous("SLEDAI-2K", patients, p => Baseline(p, Measure.Clinical[0])),
            Continuous("C3, g/L", patients, p => Baseline(p, Measure.Clinical[2])),
            Continuous("Proteinuria, g/24h", patients, p => Baseline(p, Measure.Clinical[4])),
        };
        foreach (var nephritis in patients.Select(p => p.Data.Patient.NephritisClass).Distinct().Order())
        {
            rows.Add(Category($"Nephritis class {nephritis}", patients, p => p.Data.Patient.NephritisClass == nephritis));
        }

        var treatments = patients.Select(p => (p, Prior(p))).ToList();
        foreach (var drug in treatments.SelectMany(t => t.Item2).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            rows.Add(Category($"Prior {drug}", patients, p => Prior(p).Contains(drug)));
        }

        return rows;
    }

    private static double? Baseline(DerivedPatient p, Measure measure) =>
        MonthValues.Of(p.Data, measure).TryGetValue(0, out var v) ? v : null;

    /// <summary>Treatments recorded at the first visit, by drug name (the first word of each line).</summary>
    private static HashSet<string> Prior(DerivedPatient p) =>
        p.Data.Visits.Count == 0 ? [] : p.Data.Visits[0].ConcomitantTreatments
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ')[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static Table1Row Continuous(string label, IReadOnlyList<DerivedPatient> patients, Func<DerivedPatient, double?> value)
    {
        var values = patients.Select(value).ToList();
        if (values.All(v => v is null))
        {
            return new Table1Row(label, "not recorded", 0, values.Count, false);
        }

        var s = Summary.Of(values);
        var display = s.ShowMedian
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Median:0.##} [{s.Q1:0.##}-{s.Q3:0.##}]")
            : string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.##} ± {s.StdDev:0.##}");
        return new Table1Row(label, display, s.N, s.Missing, s.ShowMedian);
    }

    private static Table1Row Category(string label, IReadOnlyList<DerivedPatient> patients, Func<DerivedPatient, bool> test)
    {
        var count = patients.Count(test);
        var display = string.Create(CultureInfo.InvariantCulture, $"{count} ({100.0 * count / Math.Max(1, patients.Count):0.#}%)");
        return new Table1Row(label, display, patients.Count, 0, false);
    }
}
