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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PatientPage Result { get; private set; } = new(1, PatientService.PageSize, 0, []);

    public int PageCount => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task OnGetAsync(CancellationToken ct) => Result = await patients.SearchAsync(Search, PageNumber, ct);
}
