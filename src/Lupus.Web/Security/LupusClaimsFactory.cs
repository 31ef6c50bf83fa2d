using System.Security.Claims;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lupus.Web.Security;

/// <summary>Adds the role and the site memberships to the cookie or bearer token issued at login.</summary>
internal sealed class LupusClaimsFactory(UserManager<LupusUser> users, IOptions<IdentityOptions> options, LupusDbContext db)
    : UserClaimsPrincipalFactory<LupusUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LupusUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        // Login runs before the user has a scope, so the site filter is bypassed for their own memberships.
        var sites = await db.UserSites.IgnoreQueryFilters().Where(s => s.UserId == user.Id).Select(s => s.SiteId).ToListAsync();
        identity.AddClaims(sites.Select(s => new Claim(ClaimsAccess.SiteClaim, s.ToString())));
        return identity;
    }
}
