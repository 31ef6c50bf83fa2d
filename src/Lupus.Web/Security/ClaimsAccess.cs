using System.Security.Claims;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;

namespace Lupus.Web.Security;

/// <summary>Reads the <see cref="AccessScope"/> of a signed-in user from the claims issued at login.</summary>
internal static class ClaimsAccess
{
    /// <summary>One claim per site the user works at.</summary>
    public const string SiteClaim = "lupus:site";

    public static AccessScope ScopeOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !Enum.TryParse<UserRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return AccessScope.Anonymous;
        }

        var sites = user.FindAll(SiteClaim).Select(c => Guid.Parse(c.Value)).ToArray();
        return new AccessScope(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity.Name ?? "", role, sites);
    }
}
