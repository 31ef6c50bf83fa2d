namespace Lupus.Persistence.Entities;

/// <summary>Membership of a user in a site.</summary>
public sealed class UserSite
{
    public required string UserId { get; set; }

    public Guid SiteId { get; set; }

    public Site? Site { get; set; }
}
