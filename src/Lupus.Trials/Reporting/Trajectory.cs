namespace Lupus.Trials.Reporting;

/// <summary>Mean of a measure by scheduled month with a t-based 95% interval.</summary>
public sealed record Trajectory(string Measure, string Unit, IReadOnlyList<TrajectoryPoint> Points);
