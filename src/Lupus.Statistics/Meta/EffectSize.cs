namespace Lupus.Statistics.Meta;

/// <summary>One study's observed effect <paramref name="Yi"/> and its sampling variance <paramref name="Vi"/>.</summary>
public readonly record struct EffectSize(double Yi, double Vi);
