namespace Lupus.Statistics.Survival;

/// <summary>A named numeric covariate column, one finite value per subject.</summary>
public sealed record Covariate(string Name, ReadOnlyMemory<double> Values);
