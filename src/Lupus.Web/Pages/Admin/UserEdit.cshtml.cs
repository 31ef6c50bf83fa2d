using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Pages.Admin;

/// <summary>Changes an account's role and sites; its sessions pick the change up at the next security-stamp check.</summary>
public sealed class UserEditModel(LupusDbContext db, UserManager<LupusUser> users) : PageModel
{
    public LupusUser Account { get; private set; } = null!;

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    [BindProperty]
    public UserRole Role { get; set; }

    [BindProperty]
    public List<Guid> SiteIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Role = Account.Role;
        SiteIds = [.. Account.Sites.Select(s => s.SiteId)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        SiteIds = [.. SiteIds.Where(s => Sites.Any(x => x.Id == s)).Distinct()];
        if (Role != UserRole.Administrator && SiteIds.Count == 0)
        {
            ModelState.AddModelError(nameof(SiteIds), "Choose at least one site.");
            return Page();
        }

        Account.Role = Role;
        db.UserSites.RemoveRange(Account.Sites.Where(s => !SiteIds.Contains(s.SiteId)));
        db.UserSites.AddRange(SiteIds.Where(s => Account.Sites.All(x => x.SiteId != s)).Select(s => new UserSite { UserId = Account.Id, SiteId = s }));
        await db.SaveChangesAsync(ct);
        // Sign-ins carry role and sites as claims: a new stamp makes existing sessions re-validate.
        await users.UpdateSecurityStampAsync(Account);
        return RedirectToPage("Users");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await db.Users.Include(u => u.Sites).FirstOrDefaultAsync(u => u.Id == id, ct);
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        Account = account!;
        return account is not null;
    }
}
