using BenchmarkDotNet.Attributes;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Benchmarks.Scoring;

/// <summary>In-process SLEDAI-2K scoring: typed input, and the generic record path the CLI uses.</summary>
[MemoryDiagnoser]
public class SledaiScoringBenchmarks
{
    private SledaiVisitInput[] _visits = [];
    private InputRecord[] _records = [];

    [Params(10_000)]
    public int Visits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _visits = new SledaiVisitInput[Visits];
        _records = new InputRecord[Visits];
        var schema = Sledai2k.Instance.Schema;
        for (var i = 0; i < Visits; i++)
        {
            var direct = new bool?[SledaiDescriptors.Count];
            for (var d = 0; d < direct.Length; d++)
            {
                direct[d] = random.NextDouble() < 0.05;
            }

            var platelets = (decimal)Math.Round(50 + (random.NextDouble() * 300), 1);
            _visits[i] = new SledaiVisitInput { Direct = direct, Platelets10e9PerL = platelets, ArthritisJointCount = random.Next(0, 5) };
            var record = new InputRecord(schema);
            foreach (var field in schema.Fields.OfType<BoolField>().Take(SledaiDescriptors.Count))
            {
                record.Set(field, random.NextDouble() < 0.05);
            }

            schema.TryGetField("platelets_10e9_per_l", out var plateletField);
            record.Set((NumberField)plateletField, platelets);
            _records[i] = record;
        }
    }

    [Benchmark(Baseline = true)]
    public int TypedInput()
    {
        var sum = 0;
        foreach (var visit in _visits)
        {
            sum += ((SledaiResult)Sledai2k.Instance.Evaluate(visit)).PartialScore;
        }

        return sum;
    }

    [Benchmark]
    public int GenericRecord()
    {
        var sum = 0;
        foreach (var record in _records)
        {
            sum += ((SledaiResult)Sledai2k.Instance.Evaluate(record)).PartialScore;
        }

        return sum;
    }
}
