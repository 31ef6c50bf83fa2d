using BenchmarkDotNet.Attributes;
using Lupus.Statistics.Survival;

namespace Lupus.Benchmarks.Survival;

/// <summary>Kaplan-Meier and log-rank on synthetic data with whole-day times.</summary>
[MemoryDiagnoser]
public class KaplanMeierBenchmarks
{
    private double[] _time = [];
    private bool[] _status = [];
    private int[] _group = [];

    [Params(100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_time, _status, var covariates) = SyntheticSurvival.Create(N, 2);
        _group = covariates[1].Values.ToArray().Select(v => v > 0 ? 1 : 0).ToArray();
    }

    [Benchmark(Baseline = true)]
    public KaplanMeierCurve KaplanMeier() => Statistics.Survival.KaplanMeier.Fit(_time, _status);

    [Benchmark]
    public LogRankResult LogRank() => Statistics.Survival.LogRank.Test(_time, _status, _group);
}
