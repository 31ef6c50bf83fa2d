using System.Globalization;
using BenchmarkDotNet.Running;
using Lupus.Benchmarks.Meta;

// dotnet run -c Release --project bench/Lupus.Benchmarks -- --filter '*'   (see bench/README.md)
// dotnet run -c Release --project bench/Lupus.Benchmarks -- generate-meta FILE.csv [GROUPS] [STUDIES] [SEED]
if (args.Length >= 2 && args[0] == "generate-meta")
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
    MetaDataGenerator.Write(args[1], Arg(2, 2000), Arg(3, 12), Arg(4, 20_240_611));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MetaDataGenerator).Assembly).Run(args);
