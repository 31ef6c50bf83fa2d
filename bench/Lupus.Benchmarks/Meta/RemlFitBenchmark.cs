using BenchmarkDotNet.Attributes;
using Lupus.Statistics.Meta;

namespace Lupus.Benchmarks.Meta;

/// <summary>In-process cost of one random-effects fit (no I/O): REML against the closed-form DL baseline.</summary>
[MemoryDiagnoser]
public class RemlFitBenchmark
{
    private double[] _yi = [];
    private double[] _vi = [];

    [Params(12, 100)]
    public int Studies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_240_611);
        _vi = Enumerable.Range(0, Studies).Select(_ => 0.01 + (0.49 * random.NextDouble())).ToArray();
        _yi = _vi.Select(v => 0.3 + (Math.Sqrt(0.1 + v) * ((random.NextDouble() * 2) - 1) * 1.7)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public double DerSimonianLaird() => MetaAnalysis.Fit(_yi, _vi, new MetaOptions(Tau2Estimator.DL)).Estimate;

    [Benchmark]
    public double Reml() => MetaAnalysis.Fit(_yi, _vi).Estimate;

    /// <summary>Egger's test alone: a REML meta-regression on the standard errors.</summary>
    [Benchmark]
    public double RemlWithEgger() => EggerTest.Compute(_yi, _vi, MetaOptions.Default)!.Statistic;
}
