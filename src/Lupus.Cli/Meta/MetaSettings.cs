using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>Parsed options of <c>lupus meta</c>.</summary>
internal sealed record MetaSettings
{
    public required string Input { get; init; }

    public required EffectMeasure Measure { get; init; }

    /// <summary>A τ² estimator, or null when <see cref="Pooling"/> is MH or PETO.</summary>
    public required MetaOptions Options { get; init; }

    /// <summary>"MH" or "PETO" for binary pooling, otherwise null.</summary>
    public string? Pooling { get; init; }

    public double? Ri { get; init; }

    public string? By { get; init; }

    public string? Subgroup { get; init; }

    public IReadOnlyList<string> Mods { get; init; } = [];

    public bool Loo { get; init; }

    public bool Cumulative { get; init; }

    public bool TrimFill { get; init; }

    public string? Forest { get; init; }

    public string? Funnel { get; init; }

    public bool Text { get; init; }

    public string? Output { get; init; }

    /// <summary>"EE" when the equal-effects model was asked for by that name (metafor's newer spelling of FE).</summary>
    public string? FixedName { get; init; }

    public string MethodName => Pooling ?? FixedName ?? Options.Estimator.ToString();
}
