using CsCheck;
using Lupus.Interchange.Csv;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;

namespace Lupus.Interchange.Tests;

/// <summary>
/// Random and mutated inputs: the reader and importer never throw, every error is located in an input file, and
/// an import that reports errors leaves the registry exactly as it was.
/// </summary>
public sealed class CsvFuzzTests : IDisposable
{
    private static readonly byte[][] Seeds = [.. Examples.CsvSet.Select(File.ReadAllBytes)];
    private static readonly string[] Names = [.. Examples.CsvSet.Select(Path.GetFileName)!];
    private readonly Registry _registry = new();
    private readonly string _dir = Examples.Scratch();

    public CsvFuzzTests() => CsvRoundTripTests.Import(_registry, Examples.CsvSet);

    [Fact]
    public void ReadAndImport_MutatedExampleFiles_OnlyLocatedErrorsAndNoPartialWrite()
    {
        var mutation = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 3], Gen.Int[0, 100_000], Gen.Byte, Gen.Int[1, 40]);
        mutation.Array[1, 6].Sample(mutations => Check(mutations.Aggregate(Seeds.Select(s => (byte[])s.Clone()).ToArray(), Mutate)), iter: 60, threads: 1);
    }

    [Fact]
    public void ReadAndImport_RandomBytes_OnlyLocatedErrorsAndNoPartialWrite()
    {
        string[] tokens = ["NUH", "NUH-001", ",", "\"", "\n", "\r\n", "2025-10-06", "C3", "g/L", "0.5", "-", "x", "\u00e9", "\0"];
        var alphabet = Gen.Int[0, tokens.Length - 1].Select(i => tokens[i]);
        Gen.Select(Gen.Int[0, Seeds.Length - 1], alphabet.Array[0, 60])
            .Sample(t =>
            {
                var files = Seeds.Select(s => (byte[])s.Clone()).ToArray();
                var header = System.Text.Encoding.UTF8.GetString(files[t.Item1]).Split('\n')[0] + "\n";
                files[t.Item1] = System.Text.Encoding.UTF8.GetBytes(header + string.Concat(t.Item2));
                Check(files);
            }, iter: 60, threads: 1);
    }

    public void Dispose() => _registry.Dispose();

    private static byte[][] Mutate(byte[][] files, (int File, int Kind, int Position, byte Byte, int Length) m)
    {
        var bytes = files[m.File].ToList();
        var at = bytes.Count == 0 ? 0 : m.Position % bytes.Count;
        switch (m.Kind)
        {
            case 0:
                if (bytes.Count > 0)
                {
                    bytes[at] = m.Byte;
                }

                break;
            case 1:
                bytes.RemoveRange(at, Math.Min(m.Length, bytes.Count - at));
                break;
            case 2:
                bytes.InsertRange(at, Enumerable.Repeat(m.Byte, m.Length % 4 + 1));
                break;
            default:
                bytes.InsertRange(at, bytes.Skip(at).Take(m.Length).ToList());
                break;
        }

        files[m.File] = [.. bytes];
        return files;
    }

    private void Check(byte[][] files)
    {
        var before = _registry.Counts();
        var paths = files.Select((b, i) =>
        {
            var path = Path.Combine(_dir, Names[i]!);
            File.WriteAllBytes(path, b);
            return path;
        }).ToArray();
        var data = CsvDatasetReader.Read(paths);
        using var db = _registry.Open(AccessScope.System);
        var result = new DatasetImporter(db, _registry.Clock).Import(data, null);
        Assert.All(result.Errors, e => Assert.Contains(e.Location.File, paths));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Rule)));
        if (!result.Succeeded)
        {
            Assert.Equal(before, _registry.Counts());
        }
    }
}
