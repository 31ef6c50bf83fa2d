using System.Globalization;
using BenchmarkDotNet.Running;
using Lupus.Benchmarks.Meta;
using Lupus.Benchmarks.Scoring;

// Data generators for the whole-process benchmarks (bench/*/run.sh), otherwise BenchmarkDotNet:
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-sledai ROWS FILE
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-meta FILE.csv [GROUPS] [STUDIES] [SEED]
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- trials-report PATIENTS   (bench/trials/run.sh)
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- --filter '*'   (see bench/README.md)
if (args is ["generate-sledai", var rows, var file])
{
    SledaiCsvGenerator.Write(file, int.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

if (args.Length >= 2 && args[0] == "generate-meta")
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
    MetaDataGenerator.Write(args[1], Arg(2, 2000), Arg(3, 12), Arg(4, 20_240_611));
    return;
}

if (args is ["trials-report", var count])
{
    Lupus.Benchmarks.Trials.TrialReportRun.Run(int.Parse(count, CultureInfo.InvariantCulture), Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SledaiCsvGenerator).Assembly).Run(args);
