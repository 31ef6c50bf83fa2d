namespace Lupus.Statistics.Meta;

/// <summary>How coefficients are tested and their intervals built.</summary>
public enum MetaTest
{
    /// <summary>Wald-type z tests and normal quantiles (metafor <c>test="z"</c>).</summary>
    Z,

    /// <summary>Knapp-Hartung adjustment with t and F distributions on k − p df (metafor <c>test="knha"</c>).</summary>
    Knha,
}
