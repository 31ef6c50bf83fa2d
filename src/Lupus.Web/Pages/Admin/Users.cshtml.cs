using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Pages.Admin;

/// <summary>User administration: accounts, roles and sites (administrators only, via the /Admin folder policy).</summary>
public sealed class UsersModel(LupusDbContext db, UserManager<LupusUser> users, IClock clock) : PageModel
{
    public DateTimeOffset Now => clock.GetCurrentInstant().ToDateTimeOffset();

    public IReadOnlyList<LupusUser> Users { get; private set; } = [];

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    [BindProperty]
    public NewUser Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Input.Role != UserRole.Administrator && Input.SiteIds.Count == 0)
        {
            ModelState.AddModelError("Input.SiteIds", "Choose at least one site.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new LupusUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(), Role = Input.Role };
        user.Sites = [.. Input.SiteIds.Where(id => Sites.Any(s => s.Id == id)).Select(id => new UserSite { UserId = user.Id, SiteId = id })];
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await db.Users.AsNoTracking().Include(u => u.Sites).OrderBy(u => u.Email).ToListAsync(ct);
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
    }

    public sealed class NewUser
    {
        [System.ComponentModel.DataAnnotations.EmailAddress]
        [System.ComponentModel.DataAnnotations.Required]
        public string Email { get; set; } = "";

        [System.ComponentModel.DataAnnotations.Required]
        [System.ComponentModel.DataAnnotations.Display(Name = "Display name")]
        public string DisplayName { get; set; } = "";

        public UserRole Role { get; set; } = UserRole.Investigator;

        public List<Guid> SiteIds { get; set; } = [];

        [System.ComponentModel.DataAnnotations.Required]
        [System.ComponentModel.DataAnnotations.Display(Name = "Initial password")]
        public string Password { get; set; } = "";
    }
}
