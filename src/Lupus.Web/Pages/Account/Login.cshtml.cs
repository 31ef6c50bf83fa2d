using Lupus.Persistence.Entities;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lupus.Web.Pages.Account;

/// <summary>Cookie sign-in with lockout after repeated failures; rate-limited per client address.</summary>
[EnableRateLimiting(Policies.Login)]
public sealed class LoginModel(SignInManager<LupusUser> signIn) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes."
            : "E-mail or password is not correct.");
        return Page();
    }
}
