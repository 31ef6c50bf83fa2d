using Lupus.Application.Reporting;
using Lupus.Persistence;
using Lupus.Reports.Trials;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Api;

/// <summary>
/// <c>GET /api/reports/trial</c>: the cohort report of the caller's sites (administrators and statisticians), as the
/// self-contained HTML page or, with <c>format=json</c>, its numbers. Aggregates only: no identifying data.
/// </summary>
internal static class ReportsApi
{
    public static void MapReports(this RouteGroupBuilder api) =>
        api.MapGet("/reports/trial", Get).WithTags("Reports").WithName("GetTrialReport")
            .WithSummary("Trial endpoints and cohort analysis of the sites in scope").RequireAuthorization(Policies.ReportReader);

    private static async Task<Results<ContentHttpResult, NotFound, BadRequest<string>>> Get(
        string? site, string? format, bool? cox, LupusDbContext db, IClock clock, CancellationToken ct)
    {
        if (format is not (null or "html" or "json"))
        {
            return TypedResults.BadRequest("format must be html or json");
        }

        // The site filter of the context hides other sites: an unknown or foreign code is simply not found.
        if (site is not null && !await db.Sites.AnyAsync(s => s.Code == site, ct))
        {
            return TypedResults.NotFound();
        }

        var report = await new TrialReportService(db, clock).CreateAsync(site, cox ?? false, ct);
        return format == "json"
            ? TypedResults.Text(TrialReportJson.Serialize(report), "application/json")
            : TypedResults.Text(TrialReportHtml.Render(report), "text/html; charset=utf-8");
    }
}
