using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Everything computed for one analysis (one --by group, or the whole file).</summary>
internal sealed record MetaReport
{
    public string? Group { get; init; }

    public required MetaSettings Settings { get; init; }

    public required IReadOnlyList<MetaStudy> Studies { get; init; }

    /// <summary>The rma-style fit; null under MH/Peto pooling.</summary>
    public MetaFit? Fit { get; init; }

    /// <summary>The MH or Peto fit; null otherwise.</summary>
    public PooledFit? Pooled { get; init; }

    public EggerTest? Egger { get; init; }

    public IReadOnlyList<MetaFit?>? LeaveOneOut { get; init; }

    public IReadOnlyList<MetaFit?>? Cumulative { get; init; }

    public TrimAndFill? TrimFill { get; init; }

    public SubgroupAnalysis? Subgroups { get; init; }

    public MetaFit? Regression { get; init; }

    /// <summary>R² of the meta-regression in percent; null for FE models or when τ² of the intercept model is 0.</summary>
    public double? R2 { get; init; }

    /// <summary>Harmonic mean of the sample sizes (PFT back-transformation).</summary>
    public double HarmonicN { get; init; } = double.NaN;

    public bool Converged => Fit?.Tau2.Converged ?? true;
}
