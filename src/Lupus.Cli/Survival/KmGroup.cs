using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>One group's Kaplan-Meier curve; <see cref="Name"/> is null without <c>--group</c>.</summary>
internal sealed record KmGroup(string? Name, KaplanMeierCurve Curve);
