namespace Lupus.Reports.Evidence;

/// <summary>Decides whether two studies' cohorts overlap, from the declarations (either side may declare it).</summary>
internal sealed class OverlapRule
{
    private readonly Dictionary<string, CohortOverlap> _byStudy;

    public OverlapRule(IReadOnlyList<CohortOverlap> overlaps)
    {
        _byStudy = new Dictionary<string, CohortOverlap>(StringComparer.Ordinal);
        foreach (var o in overlaps)
        {
            if (!_byStudy.TryAdd(o.StudyId, o))
            {
                throw new ArgumentException($"Study '{o.StudyId}' is declared twice.", nameof(overlaps));
            }
        }
    }

    /// <summary>The declaration that makes <paramref name="a"/> and <paramref name="b"/> overlap, or null when none does.</summary>
    public CohortOverlap? Between(string a, string b) => Declares(a, b) ?? Declares(b, a);

    private CohortOverlap? Declares(string from, string to)
    {
        if (!_byStudy.TryGetValue(from, out var d))
        {
            return null;
        }

        var sameProgramme = _byStudy.TryGetValue(to, out var other) && other.Programme == d.Programme;
        return (d.OverlapsWholeProgramme && sameProgramme) || d.Overlaps.Contains(to, StringComparer.Ordinal) ? d : null;
    }
}
