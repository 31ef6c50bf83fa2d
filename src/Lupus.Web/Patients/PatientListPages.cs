namespace Lupus.Web.Patients;

/// <summary>
/// The unsearched patient list of one set of sites: how many patients, and the study id each page starts with, in the
/// database's own order of study ids (its collation), so a page is read by seeking to its first study id.
/// </summary>
/// <param name="Total">Visible patients.</param>
/// <param name="PageStarts">First study id of page 1, 2, … (every <see cref="PatientService.PageSize"/>th).</param>
public sealed record PatientListPages(int Total, IReadOnlyList<string> PageStarts);
