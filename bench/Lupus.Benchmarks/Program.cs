using BenchmarkDotNet.Running;
using Lupus.Benchmarks.Scoring;

// Data generators for the whole-process benchmarks (bench/*/run.sh), otherwise BenchmarkDotNet:
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-sledai ROWS FILE
//   dotnet run -c Release --project bench/Lupus.Benchmarks -- --filter '*'
if (args is ["generate-sledai", var rows, var file])
{
    SledaiCsvGenerator.Write(file, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SledaiCsvGenerator).Assembly).Run(args);
