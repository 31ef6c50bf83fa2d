using Lupus.Web.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lupus.Web.Pages.Patients;

/// <summary>Patient list of the user's sites, searchable by study id (and name or hospital number where visible), paged.</summary>
public sealed class IndexModel(PatientService patients, Persistence.LupusDbContext db) : PageModel
{
    public bool CanWrite => db.Scope.CanWriteClinical;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public int PageNumber { get; private set; } = 1;

    public PatientPage Result { get; private set; } = new(1, PatientService.PageSize, 0, []);

    public int PageCount => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    /// <param name="page">Page number from the query string only: "page" is also the route value naming the Razor page,
    /// which plain binding would take (and so always show page 1).</param>
    /// <param name="ct">Request aborted.</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page ?? 1;
        Result = await patients.SearchAsync(Search, PageNumber, ct);
    }
}
