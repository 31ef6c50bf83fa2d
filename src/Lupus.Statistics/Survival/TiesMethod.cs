namespace Lupus.Statistics.Survival;

/// <summary>Approximation of the partial likelihood for tied event times (R: <c>coxph(ties = ...)</c>).</summary>
public enum TiesMethod
{
    /// <summary>Efron (1977); R's default.</summary>
    Efron,

    /// <summary>Breslow (1974): every tied event sees the whole risk set.</summary>
    Breslow,
}
