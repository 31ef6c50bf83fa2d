namespace Lupus.Persistence.Entities;

/// <summary>A trial site (hospital or clinic); every patient belongs to exactly one.</summary>
public sealed class Site
{
    public Guid Id { get; set; }

    /// <summary>Short unique code, used as the study id prefix (for example <c>BCN</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }
}
