namespace Lupus.Trials.Reporting;

public sealed record TrajectoryPoint(int Month, int N, double Mean, double Lower, double Upper);
