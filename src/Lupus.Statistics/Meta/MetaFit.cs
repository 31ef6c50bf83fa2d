namespace Lupus.Statistics.Meta;

/// <summary>A fitted fixed- or random-effects model (intercept only, or a meta-regression).</summary>
/// <remarks>Fields mirror <c>metafor::rma.uni</c>; nullable fields are null where metafor reports none.</remarks>
public sealed record MetaFit
{
    public required int K { get; init; }

    public required MetaOptions Options { get; init; }

    /// <summary>The intercept first, then one per moderator.</summary>
    public required IReadOnlyList<MetaCoefficient> Coefficients { get; init; }

    /// <summary>Prediction interval of the intercept-only model; null for FE models and meta-regressions.</summary>
    public double? PiLower { get; init; }

    public double? PiUpper { get; init; }

    public required Tau2Estimate Tau2 { get; init; }

    /// <summary>Q-profile confidence interval of τ²; null for FE models or when k − p &lt; 1.</summary>
    public (double Lower, double Upper)? Tau2Ci { get; init; }

    /// <summary>I² in percent (residual heterogeneity with moderators).</summary>
    public required double I2 { get; init; }

    public required double H2 { get; init; }

    /// <summary>Cochran's Q (residual QE with moderators) with W = 1/v.</summary>
    public required double Q { get; init; }

    public required int QDf { get; init; }

    public required double QP { get; init; }

    /// <summary>Weights 1/(vᵢ + τ²) in percent of their sum, in input order.</summary>
    public required IReadOnlyList<double> Weights { get; init; }

    /// <summary>Omnibus moderator test; null for intercept-only models.</summary>
    public ModeratorTest? Moderators { get; init; }

    /// <summary>t degrees of freedom under knha, otherwise null.</summary>
    public int? Df { get; init; }

    public double Estimate => Coefficients[0].Estimate;

    public double Se => Coefficients[0].Se;

    public double Statistic => Coefficients[0].Statistic;

    public double P => Coefficients[0].P;

    public double CiLower => Coefficients[0].CiLower;

    public double CiUpper => Coefficients[0].CiUpper;
}
