using Lupus.Persistence.Entities;

namespace Lupus.Persistence.Access;

/// <summary>Who is asking, in which role and for which sites; every query and save of a context is bound to one.</summary>
/// <param name="UserId">Account id, recorded in the audit trail.</param>
/// <param name="UserName">Account name (e-mail), recorded in the audit trail.</param>
/// <param name="Role">The account's role.</param>
/// <param name="SiteIds">Sites the account works at (ignored for administrators, who see all).</param>
public sealed record AccessScope(string UserId, string UserName, UserRole? Role, IReadOnlyList<Guid> SiteIds)
{
    /// <summary>No account: sees nothing and writes nothing (login pages, health checks).</summary>
    public static AccessScope Anonymous { get; } = new("", "", null, []);

    /// <summary>The application itself (migrations, demo seeding): every site, may write.</summary>
    public static AccessScope System { get; } = new("system", "system", UserRole.Administrator, []);

    public bool AllSites => Role == UserRole.Administrator;

    public bool CanWriteClinical => Role is UserRole.Administrator or UserRole.Investigator;

    /// <summary>Statisticians (and anonymous callers) never see identifying fields.</summary>
    public bool DeIdentified => Role is UserRole.Statistician or null;

    /// <summary>Whether a record of <paramref name="siteId"/> is visible in this scope.</summary>
    public bool Covers(Guid siteId) => AllSites || SiteIds.Contains(siteId);
}
