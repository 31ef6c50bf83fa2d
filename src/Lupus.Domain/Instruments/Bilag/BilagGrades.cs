using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>
/// A BILAG-2004 grade dictionary (specification 5): one grade A-E per domain, or null when the domain was
/// not graded. Also declares the nested input schema every instrument uses for such a dictionary.
/// </summary>
public sealed class BilagGrades
{
    private static readonly string[] GradeCodes = ["A", "B", "C", "D", "E"];

    private static readonly string[] DomainKeys =
    [
        "constitutional", "mucocutaneous", "neuropsychiatric", "musculoskeletal", "cardiorespiratory",
        "gastrointestinal", "ophthalmic", "renal", "haematological",
    ];

    private static readonly SchemaBuilder Builder = new();
    private static readonly CodeField[] Fields = Enum.GetValues<BilagDomain>().Select(d => Builder.Code(Key(d), GradeCodes)).ToArray();

    private readonly BilagGrade?[] _grades;

    /// <summary>Creates a dictionary from grades indexed by <see cref="BilagDomain"/> (9 entries).</summary>
    public BilagGrades(IReadOnlyList<BilagGrade?> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count != Fields.Length)
        {
            throw new ArgumentException($"A grade dictionary needs {Fields.Length} domains.", nameof(grades));
        }

        _grades = [.. grades];
    }

    /// <summary>The nested schema: 9 domain keys, each one of <c>"A"</c>-<c>"E"</c>.</summary>
    public static InputSchema Schema { get; } = Builder.Build();

    /// <summary>A dictionary with no domain graded.</summary>
    public static BilagGrades Empty { get; } = new(new BilagGrade?[Fields.Length]);

    /// <summary>Grade of one domain, null when not graded.</summary>
    public BilagGrade? this[BilagDomain domain] => _grades[(int)domain];

    /// <summary>Domains without a grade, as snake_case keys.</summary>
    public IReadOnlyList<string> MissingDomains =>
        Enum.GetValues<BilagDomain>().Where(d => _grades[(int)d] is null).Select(Key).ToArray();

    /// <summary>True when every domain is graded.</summary>
    public bool IsComplete => Array.TrueForAll(_grades, g => g is not null);

    /// <summary>Number of domains with exactly this grade.</summary>
    public int Count(BilagGrade grade)
    {
        var count = 0;
        foreach (var g in _grades)
        {
            count += g == grade ? 1 : 0;
        }

        return count;
    }

    /// <summary>Snake_case key of a domain (for example <c>haematological</c>).</summary>
    public static string Key(BilagDomain domain) => DomainKeys[(int)domain];

    /// <summary>Grade letter of a grade.</summary>
    public static string Letter(BilagGrade grade) => GradeCodes[(int)grade];

    /// <summary>Reads a nested record of <see cref="Schema"/>; a missing record means no domain graded.</summary>
    public static BilagGrades Read(InputRecord? record)
    {
        if (record is null)
        {
            return Empty;
        }

        return new BilagGrades(Fields.Select(f => record.Get(f) is { } code ? (BilagGrade?)(code[0] - 'A') : null).ToArray());
    }

    /// <summary>Builds a complete dictionary from grade letters in domain order (for example <c>"EBEAEDECC"</c>).</summary>
    public static BilagGrades Parse(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        return new BilagGrades(letters.Select(c => c is >= 'A' and <= 'E' ? (BilagGrade?)(c - 'A') : null).ToArray());
    }
}
