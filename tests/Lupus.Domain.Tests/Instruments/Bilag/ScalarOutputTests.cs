using Lupus.Domain.Instruments;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Tests.Instruments.Bilag;

public sealed class ScalarOutputTests
{
    public static TheoryData<string, string> ValidInputs => new()
    {
        { "bilag2004_domain", """{"domain": "haematological", "items": {"ttp": 0}, "previous_involvement": false}""" },
        { "bilag2004_renal", """{"upcr_mg_per_mmol": 30, "previous_renal_involvement": true}""" },
        { "bilag2004_numeric", """{"grades": {"renal": "A"}}""" },
        { "sri4", "{}" },
        { "bicla", "{}" },
        { "msc_bilag_response", "{}" },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void ScalarOutputs_MatchKeysWrittenByValidResult(string name, string json)
    {
        Assert.True(InstrumentCatalog.TryGet(name, out var instrument));

        var written = InstrumentRun.Json(instrument, json).Select(p => p.Key).Where(k => k is not ("warnings" or "notes"));

        Assert.Equal(instrument.ScalarOutputs, written);
    }
}
