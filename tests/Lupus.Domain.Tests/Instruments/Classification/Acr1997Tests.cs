using Lupus.Domain.Instruments.Classification;

namespace Lupus.Domain.Tests.Instruments.Classification;

public sealed class Acr1997Tests
{
    private static readonly string[] Keys =
    [
        "malar_rash", "discoid_rash", "photosensitivity", "oral_ulcers", "arthritis", "serositis", "renal_disorder",
        "neurologic_disorder", "hematologic_disorder", "immunologic_disorder", "ana",
    ];

    public static TheoryData<string> EachKey => new(Keys);

    [Theory]
    [MemberData(nameof(EachKey))]
    public void EachCriterion_CountsOne(string key)
    {
        var result = JsonRun.Result(Acr1997.Instance, $$"""{"{{key}}": true}""");

        Assert.Equal([new(key, 1)], result.Contributions);
        Assert.Equal(1, (int)JsonRun.Of(Acr1997.Instance, $$"""{"{{key}}": true}""")["criteria_count"]!);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(11, true)]
    public void Classifies_FromFourCriteria(int count, bool classified)
    {
        var fields = string.Join(", ", Keys.Take(count).Select(k => $"\"{k}\": true").Concat(Keys.Skip(count).Select(k => $"\"{k}\": false")));

        var output = JsonRun.Of(Acr1997.Instance, "{" + fields + "}");

        Assert.Equal(count, (int)output["criteria_count"]!);
        Assert.Equal(classified, (bool)output["classified_sle"]!);
        Assert.Equal(Acr1997.Instance.ScalarOutputs, JsonRun.ScalarKeys(output));
    }

    [Fact]
    public void UnknownKey_IsRejected()
    {
        var output = JsonRun.Of(Acr1997.Instance, """{"malar": true}""");

        Assert.False((bool)output["valid"]!);
    }
}
