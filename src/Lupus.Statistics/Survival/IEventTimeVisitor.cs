namespace Lupus.Statistics.Survival;

/// <summary>Receives each event time's contribution to the Cox score vector and information matrix.</summary>
internal interface IEventTimeVisitor
{
    /// <param name="time">The event time.</param>
    /// <param name="score">Sum over the tied events of x minus the (Efron/Breslow) risk-set mean.</param>
    /// <param name="information">Sum over the tied events of the risk-set covariance, p x p row-major.</param>
    void Visit(double time, ReadOnlySpan<double> score, ReadOnlySpan<double> information);
}
