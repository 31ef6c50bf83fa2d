namespace Lupus.Statistics.Survival;

/// <summary>Scale on which pointwise survival confidence intervals are built (R: <c>survfit(conf.type = ...)</c>).</summary>
public enum ConfidenceType
{
    /// <summary>Symmetric on log S(t); R's default <c>"log"</c>. The upper limit is capped at 1.</summary>
    Log,

    /// <summary>Symmetric on log(-log S(t)); R's <c>"log-log"</c>. Undefined where S(t) is 0 or 1.</summary>
    LogLog,

    /// <summary>Symmetric on S(t) itself, clipped to [0, 1]; R's <c>"plain"</c>.</summary>
    Plain,
}
