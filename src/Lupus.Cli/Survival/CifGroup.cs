using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>One group's cumulative incidence curves.</summary>
internal sealed record CifGroup(string Name, CumulativeIncidenceResult Result);
