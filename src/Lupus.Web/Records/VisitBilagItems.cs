using Lupus.Domain.Instruments.Bilag;
using Lupus.Persistence.Clinical;

namespace Lupus.Web.Records;

/// <summary>The BILAG-2004 items of a visit between the form or API input and the stored record.</summary>
public static class VisitBilagItems
{
    /// <summary>Stored JSON of the entered items; null when none was entered.</summary>
    public static string? ToStoredText(VisitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = new BilagItemRecord
        {
            Codes = Given(input.BilagItems),
            PreviousInvolvement = Given(input.BilagPreviousInvolvement),
            Haematology = new HaematologyValues
            {
                HaemoglobinGramsPerDl = input.BilagHaemoglobinGPerDl,
                Wbc10e9PerL = input.BilagWbc10e9PerL,
                Neutrophils10e9PerL = input.BilagNeutrophils10e9PerL,
                Lymphocytes10e9PerL = input.BilagLymphocytes10e9PerL,
                Platelets10e9PerL = input.BilagPlatelets10e9PerL,
                ActiveHaemolysis = input.BilagActiveHaemolysis,
                CoombsPositiveIsolated = input.BilagCoombsPositiveIsolated,
            },
        };
        return record.ToStoredText();
    }

    /// <summary>Copies the stored items onto an input (for editing and the API view).</summary>
    public static void CopyTo(string? stored, VisitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = BilagItemRecord.Parse(stored);
        input.BilagItems = record.Codes.ToDictionary(e => e.Key, e => (int?)e.Value, StringComparer.Ordinal);
        input.BilagPreviousInvolvement = record.PreviousInvolvement.ToDictionary(e => e.Key, e => (bool?)e.Value, StringComparer.Ordinal);
        var h = record.Haematology;
        input.BilagHaemoglobinGPerDl = h.HaemoglobinGramsPerDl;
        input.BilagWbc10e9PerL = h.Wbc10e9PerL;
        input.BilagNeutrophils10e9PerL = h.Neutrophils10e9PerL;
        input.BilagLymphocytes10e9PerL = h.Lymphocytes10e9PerL;
        input.BilagPlatelets10e9PerL = h.Platelets10e9PerL;
        input.BilagActiveHaemolysis = h.ActiveHaemolysis;
        input.BilagCoombsPositiveIsolated = h.CoombsPositiveIsolated;
    }

    /// <summary>Unknown item or domain keys and codes outside 0-4, each on its own field (<c>BilagItems[key]</c>).</summary>
    public static void Validate(VisitInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (key, code) in input.BilagItems.Where(e => e.Value is not null))
        {
            var field = $"{nameof(input.BilagItems)}[{key}]";
            if (!BilagItemRecord.TryDomainOf(key, out _))
            {
                errors.Add(field, $"'{key}' is not a BILAG-2004 item of a non-renal domain");
            }
            else if (code is < 0 or > 4)
            {
                errors.Add(field, $"must be a BILAG-2004 code from 0 to 4 (0 not present, 1 improving, 2 same, 3 worse, 4 new), got {code}");
            }
        }

        foreach (var key in input.BilagPreviousInvolvement.Where(e => e.Value is not null).Select(e => e.Key).Where(k => !BilagItemRecord.Domains.Any(d => BilagGrades.Key(d) == k)))
        {
            errors.Add($"{nameof(input.BilagPreviousInvolvement)}[{key}]", $"'{key}' is not a non-renal BILAG-2004 domain");
        }

        errors.Range(nameof(input.BilagHaemoglobinGPerDl), input.BilagHaemoglobinGPerDl, 0, 30);
        errors.Range(nameof(input.BilagWbc10e9PerL), input.BilagWbc10e9PerL, 0, 1_000);
        errors.Range(nameof(input.BilagNeutrophils10e9PerL), input.BilagNeutrophils10e9PerL, 0, 1_000);
        errors.Range(nameof(input.BilagLymphocytes10e9PerL), input.BilagLymphocytes10e9PerL, 0, 1_000);
        errors.Range(nameof(input.BilagPlatelets10e9PerL), input.BilagPlatelets10e9PerL, 0, 5_000);
    }

    // Entries left empty (not done, not known) are not recorded.
    private static SortedDictionary<string, T> Given<T>(Dictionary<string, T?> entries)
        where T : struct
    {
        var given = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (value is { } v)
            {
                given[key] = v;
            }
        }

        return given;
    }
}
