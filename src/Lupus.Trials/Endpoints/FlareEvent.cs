using Lupus.Domain.Instruments.Flare;

namespace Lupus.Trials.Endpoints;

/// <summary>A flare by the score-based SELENA flare criteria, on the day of the visit that showed it.</summary>
public readonly record struct FlareEvent(int Day, FlareCategory Category);
