namespace Lupus.Interchange.Tables;

/// <summary>Physical bounds shared by several columns.</summary>
internal static class Limits
{
    /// <summary>Upper bound of open-ended amounts; keeps every value representable in the database.</summary>
    public const decimal Large = 1_000_000_000_000m;
}
