using Microsoft.AspNetCore.Identity;

namespace Lupus.Persistence.Entities;

/// <summary>An account: an Identity user (hashed password, lockout) with one role and the sites it works at.</summary>
public sealed class LupusUser : IdentityUser
{
    public UserRole Role { get; set; }

    public string DisplayName { get; set; } = "";

    public List<UserSite> Sites { get; set; } = [];
}
