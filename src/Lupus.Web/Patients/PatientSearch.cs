using Lupus.Persistence;
using Lupus.Persistence.Search;

namespace Lupus.Web.Patients;

/// <summary>
/// Prefix search on the stored search keys: the patients whose study id, family name or hospital number starts with
/// the term, case-insensitively (ASCII letters). Each field is one index range read in key order and cut at
/// <see cref="CountCap"/> + 1 rows, so a search reads at most that many index entries per field however many
/// patients match.
/// </summary>
/// <remarks>
/// <para>Names and hospital numbers are read through the identities' query filter, which hides them from statisticians
/// (and other sites): for them only the study id can match.</para>
/// <para>When one field alone has more than <see cref="CountCap"/> matches the search is capped: the pages show the first
/// <see cref="CountCap"/> (by study id) of the matches read, and the user narrows the term to see the others.</para>
/// </remarks>
internal static class PatientSearch
{
    /// <summary>A search counts its matches up to this many; the pages then stop there and ask for a longer term.</summary>
    public const int CountCap = 500;

    /// <summary>The key to search for, or null when <paramref name="term"/> is blank.</summary>
    public static string? KeyOf(string? term) => string.IsNullOrWhiteSpace(term) ? null : SearchKey.Of(term.Trim());

    /// <summary>
    /// Ids of the first <see cref="CountCap"/> + 1 matching patients in study id order, from at most
    /// <see cref="CountCap"/> + 1 rows per field (exact while no field has more matches).
    /// </summary>
    /// <remarks>
    /// Each field's rows carry the study id, so the union is ordered without reading the patients again: joined back
    /// to Patients by id, PostgreSQL would rather scan the site's patients (50,000 rows) than look up a few hundred.
    /// </remarks>
    public static IQueryable<Guid> FirstIds(LupusDbContext db, string key)
    {
        var end = SearchKey.UpperBound(key);
        const int PerField = CountCap + 1;
        var byStudyId = db.Patients.Where(p => p.StudyIdKey.CompareTo(key) >= 0 && p.StudyIdKey.CompareTo(end) < 0)
            .OrderBy(p => p.StudyIdKey).ThenBy(p => p.Id).Select(p => new { p.Id, p.StudyId }).Take(PerField);
        var byName = db.PatientIdentities.Where(i => i.FamilyNameKey.CompareTo(key) >= 0 && i.FamilyNameKey.CompareTo(end) < 0)
            .OrderBy(i => i.FamilyNameKey).ThenBy(i => i.PatientId).Select(i => new { Id = i.PatientId, i.Patient!.StudyId }).Take(PerField);
        var byNumber = db.PatientIdentities.Where(i => i.HospitalNumberKey.CompareTo(key) >= 0 && i.HospitalNumberKey.CompareTo(end) < 0)
            .OrderBy(i => i.HospitalNumberKey).ThenBy(i => i.PatientId).Select(i => new { Id = i.PatientId, i.Patient!.StudyId }).Take(PerField);
        return byStudyId.Union(byName).Union(byNumber).OrderBy(m => m.StudyId).Select(m => m.Id).Take(PerField);
    }
}
