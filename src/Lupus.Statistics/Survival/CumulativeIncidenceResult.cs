namespace Lupus.Statistics.Survival;

/// <summary>Aalen-Johansen cumulative incidence of each competing cause at every distinct time.</summary>
/// <param name="N">Subjects.</param>
/// <param name="Times">Distinct event and censoring times, ascending.</param>
/// <param name="Causes">One curve per cause code 1..k, in code order.</param>
public sealed record CumulativeIncidenceResult(int N, IReadOnlyList<double> Times, IReadOnlyList<CumulativeIncidenceCurve> Causes);

/// <summary>The cumulative incidence of one cause with its standard error, aligned with <see cref="CumulativeIncidenceResult.Times"/>.</summary>
/// <param name="Cause">The cause code (1..k).</param>
/// <param name="Events">Events of this cause.</param>
/// <param name="Incidence">F_k(t).</param>
/// <param name="StdErr">Infinitesimal-jackknife standard error of F_k(t).</param>
public sealed record CumulativeIncidenceCurve(int Cause, int Events, IReadOnlyList<double> Incidence, IReadOnlyList<double> StdErr);
