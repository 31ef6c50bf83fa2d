using BenchmarkDotNet.Attributes;
using Lupus.Statistics.Survival;

namespace Lupus.Benchmarks.Survival;

/// <summary>Cox fits on synthetic proportional-hazards data with whole-day times (many ties).</summary>
[MemoryDiagnoser]
public class CoxBenchmarks
{
    private double[] _time = [];
    private bool[] _status = [];
    private Covariate[] _covariates = [];

    [Params(10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (_time, _status, _covariates) = SyntheticSurvival.Create(N, 5);

    [Benchmark(Baseline = true)]
    public CoxFit Efron() => CoxRegression.Fit(_time, _status, _covariates);

    [Benchmark]
    public CoxFit Breslow() => CoxRegression.Fit(_time, _status, _covariates, default, new CoxOptions(TiesMethod.Breslow));
}
