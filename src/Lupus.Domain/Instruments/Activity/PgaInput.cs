namespace Lupus.Domain.Instruments.Activity;

/// <summary>One Physician Global Assessment on the 0-3 SELENA scale; <c>null</c> = not assessed.</summary>
/// <param name="Pga">The assessment, 0 (none) to 3 (severe), stored to two decimals.</param>
public sealed record PgaInput(decimal? Pga);
