using Lupus.Persistence;
using Lupus.Web.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Lupus.Web.Pages;

/// <summary>Site dashboard: patients, visits due, open adverse events and SLEDAI-2K response per site.</summary>
public sealed class IndexModel(LupusDbContext db, DashboardCache cache) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public IReadOnlyList<SiteSummary> Sites => Figures.Sites;

    public IReadOnlyList<DueVisit> Due => Figures.Due;

    public LocalDate Today => Figures.Today;

    public async Task OnGetAsync() => Figures = await cache.GetAsync(db.Scope);
}
