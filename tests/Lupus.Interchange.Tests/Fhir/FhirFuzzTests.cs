using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tests.Fhir;

/// <summary>Random and mutated bundles: the reader never throws, and every error is located in the file read.</summary>
public sealed class FhirFuzzTests
{
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(FhirBadInputTests.Valid);

    private static readonly JsonNode?[] Replacements =
        [null, 0, -1, 1.5, 1e300, 99_999_999_999L, decimal.MaxValue, "", "x", "2023-02-30", "urn:uuid:p1", true, new JsonArray(), new JsonObject(), "Patient", "g/L"];

    private static void AssertOnlyLocatedErrors(byte[] json)
    {
        var data = new InterchangeDataset();
        FhirBundleReader.ReadBundle("f.json", json, data);

        Assert.All(data.Errors, e =>
        {
            Assert.Equal("f.json", e.Location.File);
            Assert.Matches(@"^(Bundle|entry\[\d+\])$", e.Location.Record);
            Assert.False(string.IsNullOrWhiteSpace(e.Rule));
        });
    }

    [Fact]
    public void Read_random_bytes_gives_only_located_errors() =>
        Gen.Byte.Array[0, 400].Sample(AssertOnlyLocatedErrors, iter: 500);

    [Fact]
    public void Read_bundle_with_flipped_bytes_gives_only_located_errors() =>
        Gen.Select(Gen.Int[0, Sample.Length - 1].Array[1, 6], Gen.Byte).Sample((positions, value) =>
        {
            var json = (byte[])Sample.Clone();
            foreach (var position in positions)
            {
                json[position] = value;
            }

            AssertOnlyLocatedErrors(json);
        }, iter: 500);

    [Fact]
    public void Read_bundle_with_replaced_or_removed_elements_gives_only_located_errors() =>
        Gen.Select(Gen.Int[0, 1000].Array[1, 4], Gen.Int[0, Replacements.Length].Array[4]).Sample((picks, values) =>
        {
            var root = JsonNode.Parse(FhirBadInputTests.Valid)!;
            for (var i = 0; i < picks.Length; i++)
            {
                Mutate(root, picks[i], values[i]);
            }

            AssertOnlyLocatedErrors(Encoding.UTF8.GetBytes(root.ToJsonString()));
        }, iter: 500);

    [Fact]
    public void Read_generated_bundles_with_mutations_gives_rows_or_located_errors() =>
        Gen.Select(InterchangeGen.Dataset, Gen.Int[0, 5000], Gen.Int[0, Replacements.Length]).Sample((data, pick, value) =>
        {
            var root = JsonNode.Parse(FhirBundleWriter.ToJson(data))!;
            Mutate(root, pick, value);

            AssertOnlyLocatedErrors(Encoding.UTF8.GetBytes(root.ToJsonString()));
        }, iter: 200);

    /// <summary>Replaces (or removes, for the last replacement index) the n-th value node in document order.</summary>
    private static void Mutate(JsonNode root, int pick, int value)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[pick % nodes.Count];
        var parent = target.Parent;
        if (parent is null)
        {
            return;
        }

        var replacement = value < Replacements.Length ? Replacements[value]?.DeepClone() : null;
        switch (parent)
        {
            case JsonObject obj:
                var name = target.GetPropertyName();
                if (value == Replacements.Length)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = replacement;
                }

                break;
            case JsonArray array:
                var index = target.GetElementIndex();
                if (value == Replacements.Length)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = replacement;
                }

                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Collect(child, nodes);
                }

                break;
        }
    }
}
