using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Pages.Admin;

/// <summary>Site administration (the /Admin folder requires the administrator policy).</summary>
public sealed class SitesModel(LupusDbContext db) : PageModel
{
    public IReadOnlyList<(Site Site, int Patients)> Sites { get; private set; } = [];

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Name { get; set; } = "";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Code = Code.Trim().ToUpperInvariant();
        Name = Name.Trim();
        if (Code.Length is < 2 or > 12 || !Code.All(char.IsAsciiLetterOrDigit))
        {
            ModelState.AddModelError(nameof(Code), "Code must be 2-12 letters or digits.");
        }
        else if (await db.Sites.AnyAsync(s => s.Code == Code, ct))
        {
            ModelState.AddModelError(nameof(Code), "Code is already used by another site.");
        }

        if (Name.Length is 0 or > 200)
        {
            ModelState.AddModelError(nameof(Name), "Name is required (at most 200 characters).");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        db.Sites.Add(new Site { Code = Code, Name = Name });
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        var counts = await db.Patients.GroupBy(p => p.SiteId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Sites = sites.Select(s => (s, counts.GetValueOrDefault(s.Id))).ToList();
    }
}
