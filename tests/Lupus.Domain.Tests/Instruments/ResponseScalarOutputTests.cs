using System.Text.Json.Nodes;
using Lupus.Domain.Instruments;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments;

/// <summary>The scalar output keys of the response, target, flare and adverse-event instruments match what they write.</summary>
public sealed class ResponseScalarOutputTests
{
    [Theory]
    [InlineData("pga", """{"pga": 1}""")]
    [InlineData("lldas", "{}")]
    [InlineData("doris2021", "{}")]
    [InlineData("selena_flare_index", "{}")]
    [InlineData("renal_response", """{"definition": "kdigo_2021"}""")]
    [InlineData("ctcae_v5", """{"term": "fever"}""")]
    public void ScalarOutputs_ValidFirstAndEveryKeyWritten(string name, string json)
    {
        Assert.True(InstrumentCatalog.TryGet(name, out var instrument));

        var output = JsonInstrumentRun.Output(instrument, json);

        Assert.Equal("valid", instrument.ScalarOutputs[0]);
        Assert.All(instrument.ScalarOutputs, key => Assert.True(Has(output, key), $"{name} does not write {key}"));
    }

    private static bool Has(JsonObject output, string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            ? output.ContainsKey(key)
            : output[key[..dot]] is JsonObject nested && nested.ContainsKey(key[(dot + 1)..]);
    }
}
