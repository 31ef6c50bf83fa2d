namespace Lupus.Statistics.Meta;

/// <summary>Model settings shared by every fit of one analysis.</summary>
/// <param name="Estimator">τ² estimator; <value>REML by default, as <c>metafor::rma</c>.</value></param>
/// <param name="Test">Test and interval distribution; <value>z by default.</value></param>
/// <param name="Level">Confidence level in percent; <value>95 by default.</value></param>
public sealed record MetaOptions(Tau2Estimator Estimator = Tau2Estimator.REML, MetaTest Test = MetaTest.Z, double Level = 95)
{
    /// <summary>The defaults of <c>metafor::rma</c>: REML, z test, 95 % intervals.</summary>
    public static MetaOptions Default { get; } = new();

    /// <summary>Two-sided α as a fraction.</summary>
    public double Alpha => 1 - (Level / 100);

    /// <summary>The same settings with another estimator.</summary>
    public MetaOptions With(Tau2Estimator estimator) => this with { Estimator = estimator };
}
