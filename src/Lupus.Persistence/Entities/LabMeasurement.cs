namespace Lupus.Persistence.Entities;

/// <summary>A lab value with its reference limits, all in <see cref="Unit"/>.</summary>
public readonly record struct LabMeasurement(string Unit, decimal Value, decimal? LowerLimit, decimal? UpperLimit);
