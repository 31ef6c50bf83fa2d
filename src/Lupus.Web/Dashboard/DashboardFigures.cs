using NodaTime;

namespace Lupus.Web.Dashboard;

/// <summary>The dashboard's figures for one set of sites, as of <paramref name="ComputedAt"/>.</summary>
/// <param name="Sites">Per-site counts.</param>
/// <param name="DueTotal">Patients whose next visit is due within 14 days or overdue.</param>
/// <param name="Due">The most urgent of those (earliest due date first).</param>
/// <param name="Today">The date the due dates were judged against.</param>
/// <param name="ComputedAt">When the figures were read from the database.</param>
public sealed record DashboardFigures(IReadOnlyList<SiteSummary> Sites, int DueTotal, IReadOnlyList<DueVisit> Due, LocalDate Today, Instant ComputedAt);

public sealed record SiteSummary(string Code, string Name, int Patients, int VisitsDue, int OpenAdverseEvents, int SeriousOpen, int Responders, int Evaluable);

public sealed record DueVisit(Guid PatientId, string StudyId, string SiteCode, LocalDate? LastVisit, LocalDate DueDate);
