using Lupus.Reports.Evidence;
using Lupus.Application.Reporting;
using Lupus.Persistence;
using Lupus.Reports.Trials;
using Lupus.Web.Hosting;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lupus.Web.Api;

/// <summary>
/// <c>GET /api/reports/trial</c>: the cohort report of the caller's sites (administrators and statisticians), as the
/// self-contained HTML page or, with <c>format=json</c>, its numbers, with the evidence synthesis of the published
/// studies attached as in <c>lupus report</c>. Aggregates only: no identifying data.
/// </summary>
internal static class ReportsApi
{
    public static void MapReports(this RouteGroupBuilder api) =>
        api.MapGet("/reports/trial", Get).WithTags("Reports").WithName("GetTrialReport")
            .WithSummary("Trial endpoints and cohort analysis of the sites in scope").RequireAuthorization(Policies.ReportReader);

    private static async Task<Results<ContentHttpResult, NotFound, BadRequest<string>>> Get(
        string? site, string? format, bool? cox, LupusDbContext db, IClock clock, IOptions<LupusWebOptions> options, IWebHostEnvironment environment,
        CancellationToken ct)
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

        // The same evidence section as lupus report; a missing or malformed data file becomes a note, not an error.
        report = report with { Evidence = ReportEvidence.Create(EvidenceFolder(options.Value, environment), failOnBadInput: false) };
        return format == "json"
            ? TypedResults.Text(TrialReportJson.Serialize(report), "application/json")
            : TypedResults.Text(TrialReportHtml.Render(report), "text/html; charset=utf-8");
    }

    private static string EvidenceFolder(LupusWebOptions options, IWebHostEnvironment environment)
    {
        if (options.EvidenceDataFolder is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        var underContentRoot = Path.Combine(environment.ContentRootPath, "data");
        return File.Exists(Path.Combine(underContentRoot, EvidenceFiles.StudiesFile)) ? underContentRoot : EvidenceInputReader.BundledFolder;
    }
}
