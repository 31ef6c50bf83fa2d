namespace Lupus.Application.Demo;

/// <summary>
/// BILAG-2004 grades of a synthetic visit, drawn to follow a <see cref="DemoRole"/>: renal A until the response,
/// then renal B (partial) or C/D (major) with the other active domains settled; renal A again from a relapse.
/// </summary>
/// <remarks>Domain order of the index form: constitutional, mucocutaneous, neuropsychiatric, musculoskeletal,
/// cardiorespiratory, gastrointestinal, ophthalmic, renal, haematological.</remarks>
internal static class DemoGrades
{
    public const int Mucocutaneous = 1;
    public const int Musculoskeletal = 3;
    public const int Renal = 7;
    public const int Haematological = 8;

    /// <summary>Baseline: renal A and one to three moderately active other domains.</summary>
    public static char[] Baseline(Random random) =>
    [
        Pick(random, "CDE"),
        random.NextDouble() < 0.7 ? 'B' : 'C',
        Pick(random, "DEEE"),
        random.NextDouble() < 0.5 ? 'B' : Pick(random, "CD"),
        Pick(random, "DEE"),
        'E',
        'E',
        'A',
        random.NextDouble() < 0.3 ? 'B' : Pick(random, "CDE"),
    ];

    /// <summary>Grades at follow-up visit <paramref name="index"/> (1 = first after baseline).</summary>
    public static char[] FollowUp(char[] baseline, DemoRole role, int index, Random random)
    {
        var grades = (char[])baseline.Clone();
        var responding = role.Response > 0 && index >= role.ResponseVisit && (role.RelapseVisit is not { } r || index < r);
        for (var d = 0; d < grades.Length; d++)
        {
            if (d == Renal)
            {
                continue;
            }

            // Other domains settle over time; they never reach A or B again, so they never make a relapse.
            grades[d] = baseline[d] is 'A' or 'B'
                ? (responding || (index > 1 && random.NextDouble() < 0.5) ? Pick(random, "CD") : baseline[d])
                : Pick(random, baseline[d] == 'E' ? "E" : "CDD");
        }

        grades[Renal] = responding ? (role.Response == 2 ? Pick(random, "CD") : 'B') : 'A';
        if (!responding && role.Response == 0)
        {
            // A non-responder keeps renal A; other domains may still be B.
            return grades;
        }

        if (role.RelapseVisit is { } relapse && index >= relapse)
        {
            grades[Renal] = 'A';
        }

        return grades;
    }

    private static char Pick(Random random, string letters) => letters[random.Next(letters.Length)];
}
